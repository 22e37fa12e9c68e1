using DiscordApi.Gateway;
using Microsoft.Extensions.DependencyInjection;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>Every command answered exactly once, whatever the gateway does and however many servers there are.</summary>
public sealed class ResilienceTests(ResilienceTests.Setup fixture) : BotTests<ResilienceTests.Setup>(fixture)
{
    [Fact]
    public async Task AnswersTheNextCommandOnce_AfterTheConnectionDrops()
    {
        var connections = Discord.Gateway.Connections.Count;
        Discord.Gateway.DropConnection();
        await Eventually.HoldsAsync(
            () => Discord.Gateway.Connections.Count > connections && Bot.App.Services.GetRequiredService<IDiscordGateway>().State == GatewayState.Connected,
            "the bot resumes");

        var asked = await Discord.SayAsync(TestApp.AdminId, "$status solo");

        await Discord.WaitForReplyAsync(asked);
        await Task.Delay(300); // a duplicate would arrive right behind the first answer
        Discord.Rest.Messages.Count(m => m.ReplyTo == asked).ShouldBe(1);
    }

    [Fact]
    public async Task AnswersOnce_WhenDiscordDeliversTheSameMessageTwice()
    {
        var asked = await Discord.SayAsync(TestApp.AdminId, "$uptime");
        await Discord.WaitForReplyAsync(asked);

        await Discord.Gateway.DispatchAsync("MESSAGE_CREATE", Discord.LastDispatchedMessage!);
        var again = await Discord.SayAsync(TestApp.AdminId, "$uptime");
        await Discord.WaitForReplyAsync(again);

        Discord.Rest.Messages.Count(m => m.ReplyTo == asked).ShouldBe(1);
    }

    [Fact]
    public async Task StaysWithinDiscordsLimits_With150Servers()
    {
        var names = Enumerable.Range(0, 150).Select(i => $"server-with-a-rather-long-name-{i:000}").ToList();
        await Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (name, _) =>
            await Sandbox.CreateServerAsync(name, start: false));

        var asked = await Discord.SayAsync(TestApp.AdminId, "$status");

        await Eventually.HoldsAsync(() => Discord.Rest.Messages.Where(m => m.ReplyTo == asked || m.ReplyTo is null)
            .Sum(m => FakeDiscordServer.Text(m).Split("server-with-a-rather-long-name-").Length - 1) >= 150, "every server is listed");
        RequestsOfThisTest.ShouldNotContain(r => r.ResponseStatus >= 400, "no request was refused");
        var text = string.Concat(Discord.Rest.Messages.Select(FakeDiscordServer.Text));
        foreach (var name in names)
        {
            text.ShouldContain($"**{name}**");
        }
    }

    public sealed class Setup : BotFixture
    {
        protected override Task BeforeStartAsync() => Sandbox.CreateServerAsync("solo");
    }
}
