using System.Globalization;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;

namespace ServerStatus.IntegrationTests.Watch;

/// <summary>Many servers going wrong at once make one alert message, with the default storm window.</summary>
public sealed class StormTests(StormTests.Setup fixture) : BotTests<StormTests.Setup>(fixture)
{
    [Fact]
    public async Task PostsOneMessageListingThem_WhenManyServersDieAtOnce()
    {
        var names = Enumerable.Range(1, 6).Select(i => $"herd{i}").ToList();
        var ids = new List<string>();
        foreach (var name in names)
        {
            ids.Add(await Sandbox.CreateServerAsync(name));
        }

        await Task.WhenAll(ids.Select(id => IncidentTests.KillOutsideAsync(Sandbox, id)));

        var storm = await Eventually.ValueAsync(
            () => Discord.Rest.MessagesIn(IncidentTests.AlertChannel).FirstOrDefault(m => names.All(n => FakeDiscordServer.Text(m).Contains($"**{n}**", StringComparison.Ordinal))),
            "one message listing the six servers", TimeSpan.FromSeconds(30),
            seen: () => string.Join(" | ", Discord.Rest.MessagesIn(IncidentTests.AlertChannel).Select(FakeDiscordServer.Text)));
        FakeDiscordServer.Text(storm).ShouldContain("6 servers went wrong at once");
        Discord.Rest.MessagesIn(IncidentTests.AlertChannel).Count(m => names.Any(n => FakeDiscordServer.Text(m).Contains(n, StringComparison.Ordinal))).ShouldBe(1);
    }

    public sealed class Setup : BotFixture
    {
        protected override void Configure(Dictionary<string, string?> settings) =>
            settings["Alerts:ChannelId"] = IncidentTests.AlertChannel.ToString(CultureInfo.InvariantCulture);
    }
}
