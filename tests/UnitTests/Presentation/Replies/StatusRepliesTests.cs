using DiscordApi.Messages;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Domain.Servers;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.UnitTests.Presentation.Replies;

public sealed class StatusRepliesTests
{
    private static ServerSummary Server(string name, ServerState state = ServerState.Running, string engine = "local", string status = "Up 5 minutes") =>
        new(new ServerId(engine, name + "-id", name), state, status, HealthStatus.None, null, "img", TimeSpan.FromSeconds(30));

    [Fact]
    public void AddsTheNarrowingHint_OnlyWhenTheOverviewAsksForIt()
    {
        var servers = Enumerable.Range(0, 30).Select(i => Server($"c{i}")).ToList();

        var hinted = StatusReplies.Overview(new StatusOverview(servers, [], []) { SuggestNarrowing = true });
        var plain = StatusReplies.Overview(new StatusOverview(servers, [], []));

        string.Concat(hinted.Messages.SelectMany(m => m.Embeds).Select(e => e.Description)).ShouldEndWith(StatusReplies.NarrowingHint);
        string.Concat(plain.Messages.SelectMany(m => m.Embeds).Select(e => e.Description)).ShouldNotContain("Discovery");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(150)]
    [InlineData(2000)]
    public void StaysWithinDiscordsLimits_WhateverTheNumberOfServers(int count)
    {
        var servers = Enumerable.Range(0, count).Select(i => Server($"server-with-a-long-name-{i:0000}", status: new string('x', 80))).ToList();

        var reply = StatusReplies.Overview(new StatusOverview(servers, [], []));

        foreach (var message in reply.Messages)
        {
            Should.NotThrow(() => MessageValidator.Validate(message));
        }

        var text = string.Concat(reply.Messages.SelectMany(m => m.Embeds).Select(e => e.Description));
        servers.ShouldAllBe(s => text.Contains($"**{s.Id.Name}**"));
    }

    [Fact]
    public void NamesTheEngine_OnlyWhenServersComeFromSeveral()
    {
        var single = StatusReplies.Overview(new StatusOverview([Server("mc")], [], []));
        var several = StatusReplies.Overview(new StatusOverview([Server("mc"), Server("mc", engine: "eu1")], [], []));

        single.Messages[0].Embeds[0].Description.ShouldNotBeNull().ShouldContain("**mc**");
        several.Messages[0].Embeds[0].Description.ShouldNotBeNull().ShouldContain("**eu1/mc**");
    }

    [Fact]
    public void ListsProblemsAndUnresolvedNames()
    {
        var overview = new StatusOverview([Server("mc")], [new ServerOutcome("ghost", ServerStatus.Application.Common.Results.Outcome.NotFound, "No server named `ghost`.")],
            [new EngineProblem("eu1", "Docker engine `eu1` is not reachable.")]);

        var description = StatusReplies.Overview(overview).Messages[0].Embeds[0].Description.ShouldNotBeNull();

        description.ShouldContain("❔ **ghost** — No server named `ghost`.");
        description.ShouldContain("⚠️ Docker engine `eu1` is not reachable.");
    }

    [Fact]
    public void KeepsLogLinesInsideTheirCodeBlock()
    {
        var details = new ServerDetails(new ServerId("local", "id", "mc"), ServerState.Running, HealthStatus.None, "img", DateTimeOffset.UnixEpoch,
            DateTimeOffset.UnixEpoch, null, 0, null, null, null);
        var card = new ServerCard(Server("mc"), details, ["fine", "``` @everyone escape", new string('y', 5000)]);

        var embed = StatusReplies.Card(card).Messages[0].Embeds[0];

        var logs = embed.Fields.Single(f => f.Name == "Last log lines").Value;
        logs.Length.ShouldBeLessThanOrEqualTo(DiscordLimits.EmbedFieldValueLength);
        logs.Split("```").Length.ShouldBe(3); // exactly one opening and one closing fence
        embed.Fields.Single(f => f.Name == "CPU").Value.ShouldBe("measuring…");
    }

    [Theory]
    [InlineData(ServerState.Running, HealthStatus.Healthy, null, "🟢")]
    [InlineData(ServerState.Running, HealthStatus.Unhealthy, null, "🟠")]
    [InlineData(ServerState.Exited, HealthStatus.None, 0, "⚫")]
    [InlineData(ServerState.Exited, HealthStatus.None, 137, "🔴")]
    [InlineData(ServerState.Restarting, HealthStatus.None, null, "🔄")]
    [InlineData(ServerState.Paused, HealthStatus.None, null, "⏸️")]
    [InlineData(ServerState.Dead, HealthStatus.None, null, "💀")]
    public void ShowsAnEmojiPerState(ServerState state, HealthStatus health, int? exitCode, string emoji)
    {
        ServerStyle.Emoji(state, health, exitCode).ShouldBe(emoji);
    }

    [Theory]
    [InlineData(0, "0 s")]
    [InlineData(59, "59 s")]
    [InlineData(3_600 + 120 + 5, "1 h 2 min")]
    [InlineData(3 * 86_400 + 4 * 3_600 + 59, "3 d 4 h")]
    public void WritesDurationsInTheTwoLargestUnits(int seconds, string expected)
    {
        HumanTime.Duration(TimeSpan.FromSeconds(seconds)).ShouldBe(expected);
    }
}
