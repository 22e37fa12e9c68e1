using DiscordApi.Messages;
using ServerStatus.Domain.Watch;
using ServerStatus.Presentation.Discord.Replies;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Presentation.Replies;

public sealed class IncidentRepliesTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 3, 12, 0, TimeSpan.Zero);

    [Fact]
    public void ShowsExitCodeLogsChangesAndThreeButtons_WhenAServerCrashed()
    {
        var incident = Incident.ForServer(Facts() with
        {
            ExitCode = 137, Signal = 9, RestartCount = 2, LogTail = "line 1\nline 2",
            Changes = IncidentChange.Join([IncidentChange.Action("cmd", 42, At.AddMinutes(-5))]),
        }, At);

        var message = IncidentReplies.Of(incident);

        var embed = message.Embeds.ShouldHaveSingleItem();
        embed.Title.ShouldBe("🔴 mc crashed (exit code 137)");
        embed.Fields.ShouldContain(f => f.Name == "Exit code" && f.Value == "137 (SIGKILL)");
        embed.Fields.ShouldContain(f => f.Name == "What changed before" && f.Value.Contains("`cmd` by <@42>"));
        embed.Fields.ShouldContain(f => f.Name == "Last log lines" && f.Value.Contains("line 2"));
        message.Components.ShouldHaveSingleItem().Buttons.Select(b => b.Label).ShouldBe(["Restart", "Logs", "Mute 1 h"]);
        MessageValidator.Validate(message);
    }

    [Fact]
    public void SaysHowManyPlayersWereOnline_WhenTheServerHadAReading()
    {
        var incident = Incident.ForServer(Facts() with { ExitCode = 1, PlayersOnline = 3 }, At);
        var alone = Incident.ForServer(Facts() with { ExitCode = 1, PlayersOnline = 1 }, At);
        var none = Incident.ForServer(Facts() with { ExitCode = 1 }, At);

        IncidentReplies.Of(incident).Embeds[0].Description.ShouldNotBeNull().ShouldEndWith("\n👥 3 players were online");
        IncidentReplies.Of(alone).Embeds[0].Description.ShouldNotBeNull().ShouldEndWith("👥 1 player was online");
        IncidentReplies.Of(none).Embeds[0].Description.ShouldNotBeNull().ShouldNotContain("👥");
    }

    [Fact]
    public void ReadsAsRecovered_WithWhoBroughtItBack()
    {
        var incident = Incident.ForServer(Facts() with { ExitCode = 3 }, At);
        incident.Recover(At.AddMinutes(2), "restarted by <@42>");

        var embed = IncidentReplies.Of(incident).Embeds[0];

        embed.Title.ShouldStartWith("🟢 mc");
        embed.Description.ShouldNotBeNull().ShouldContain("→ 🟢 back");
        embed.Description.ShouldContain("restarted by <@42>");
        embed.Color.ShouldBe(ReplyColors.Good);
    }

    [Fact]
    public void StaysWithinDiscordLimits_WhenLogsAndChangesAreHuge()
    {
        var huge = string.Join('\n', Enumerable.Repeat(new string('x', 300) + " ``` ", 40));
        var incident = Incident.ForServer(Facts() with { ExitCode = 1, LogTail = huge, Detail = huge }, At);

        Should.NotThrow(() => MessageValidator.Validate(IncidentReplies.Of(incident)));
    }

    [Fact]
    public async Task GroupsTwentyFiveIncidentsIntoOneValidMessage()
    {
        var store = new InMemoryIncidentStore();
        var incidents = Enumerable.Range(0, 25).Select(i => Incident.ForServer(Facts($"s{i}") with { ExitCode = 137 }, At)).ToList();
        foreach (var incident in incidents)
        {
            await store.SaveAsync(incident, default);
        }

        var message = IncidentReplies.Of(incidents);

        message.Embeds[0].Title.ShouldNotBeNull().ShouldContain("25 servers");
        message.Components.Count.ShouldBe(4);
        Should.NotThrow(() => MessageValidator.Validate(message));
    }

    [Theory]
    [InlineData("incident:restart:12", "restart", 12L)]
    [InlineData("incident:mute:7", "mute", 7L)]
    public void ReadsItsOwnButtons(string customId, string action, long id) =>
        IncidentReplies.ReadButton(customId).ShouldBe((action, id));

    [Theory]
    [InlineData("confirm:abc")]
    [InlineData("incident:restart:x")]
    [InlineData("incident:restart")]
    public void IgnoresOtherButtons(string customId) => IncidentReplies.ReadButton(customId).ShouldBeNull();

    private static IncidentFacts Facts(string name = "mc") => new(IncidentKind.Crashed, "local", "local/" + name, name, "c-" + name);
}
