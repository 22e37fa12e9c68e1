using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Audit;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What callers rely on from an <see cref="IAuditLog"/>: entries kept as appended, listed newest first (the later
/// appended first at the same instant), filtered by a server they name, and pruned by age. Every fact names servers
/// of its own; the unfiltered listing writes after 2090 and pruning before 2000, times no other fact uses. Ranged
/// listings (the events a graph marks) find entries by time, commands and exact server names.
/// </summary>
public abstract class AuditLogContract
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The log under test; a persistent one answers each call from a fresh unit of work, as each command has its own.</summary>
    protected abstract IAuditLog Log();

    [Fact]
    public async Task KeepsEveryFieldOfAnEntry_WhenAppended()
    {
        var server = ContractIds.Name("mc");
        var entry = AuditEntry.Record(At, 42, isSystem: false, guildId: 7, channelId: 8, "restart", $"{server} now", [server],
            AuditOutcome.Failed, TimeSpan.FromMilliseconds(1500), "ref-1");
        await Log().AppendAsync(entry, default);

        var listed = await Log().RecentAsync(server, 10, default);

        var read = listed.ShouldHaveSingleItem();
        (read.At, read.ActorId, read.IsSystem, read.GuildId, read.ChannelId).ShouldBe((At, 42UL, false, (ulong?)7, (ulong?)8));
        (read.Command, read.Arguments, read.Servers, read.Outcome, read.DurationMs, read.ErrorId)
            .ShouldBe(("restart", $"{server} now", server, AuditOutcome.Failed, 1500, "ref-1"));
    }

    [Fact]
    public async Task ListsTheEntriesNamingTheServer_NewestFirst()
    {
        var server = ContractIds.Name("mc");
        await Log().AppendAsync(Entry("second", At.AddMinutes(2), server), default);
        await Log().AppendAsync(Entry("first", At.AddMinutes(1), server), default);
        await Log().AppendAsync(Entry("third", At.AddMinutes(3), server), default);

        var listed = await Log().RecentAsync(server, 10, default);

        listed.Select(e => e.Command).ShouldBe(["third", "second", "first"]);
    }

    [Fact]
    public async Task ListsOnlyTheEntriesNamingTheServer_IgnoringCase()
    {
        var (server, other) = (ContractIds.Name("mc"), ContractIds.Name("web"));
        await Log().AppendAsync(Entry("both", At, other, server), default);
        await Log().AppendAsync(Entry("other", At.AddMinutes(1), other), default);
        await Log().AppendAsync(Entry("own", At.AddMinutes(2), server), default);

        var listed = await Log().RecentAsync(server.ToUpperInvariant(), 10, default);

        listed.Select(e => e.Command).ShouldBe(["own", "both"]);
    }

    [Fact]
    public async Task KeepsToTheCountAsked_TakingTheNewest()
    {
        var server = ContractIds.Name("mc");
        for (var minute = 1; minute <= 5; minute++)
        {
            await Log().AppendAsync(Entry($"at-{minute}", At.AddMinutes(minute), server), default);
        }

        var listed = await Log().RecentAsync(server, 2, default);

        listed.Select(e => e.Command).ShouldBe(["at-5", "at-4"]);
    }

    [Fact]
    public async Task ListsTheLaterAppendedFirst_WhenTwoHappenedAtTheSameTime()
    {
        var server = ContractIds.Name("mc");
        await Log().AppendAsync(Entry("appended-first", At, server), default);
        await Log().AppendAsync(Entry("appended-second", At, server), default);

        var listed = await Log().RecentAsync(server, 10, default);

        listed.Select(e => e.Command).ShouldBe(["appended-second", "appended-first"]);
    }

    [Fact]
    public async Task ListsTheEntriesOfEveryServer_WhenNoServerIsGiven()
    {
        var future = new DateTimeOffset(2090, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await Log().AppendAsync(Entry("on-a", future, ContractIds.Name("a")), default);
        await Log().AppendAsync(Entry("on-none", future.AddMinutes(2)), default);
        await Log().AppendAsync(Entry("on-b", future.AddMinutes(1), ContractIds.Name("b")), default);

        var listed = await Log().RecentAsync(null, 3, default);

        listed.Select(e => e.Command).ShouldBe(["on-none", "on-b", "on-a"]);
    }

    [Fact]
    public async Task PrunesTheEntriesOlderThanTheCutoff_AndCountsThem()
    {
        var server = ContractIds.Name("mc");
        var cutoff = new DateTimeOffset(1990, 6, 1, 0, 0, 0, TimeSpan.Zero);
        await Log().AppendAsync(Entry("old", cutoff.AddDays(-30), server), default);
        await Log().AppendAsync(Entry("older", cutoff.AddDays(-60), server), default);
        await Log().AppendAsync(Entry("at-cutoff", cutoff, server), default);
        await Log().AppendAsync(Entry("newer", cutoff.AddSeconds(1), server), default);

        var pruned = await Log().PruneAsync(cutoff.ToOffset(TimeSpan.FromHours(2)), default);

        pruned.ShouldBe(2);
        (await Log().RecentAsync(server, 10, default)).Select(e => e.Command).ShouldBe(["newer", "at-cutoff"]);
    }

    [Fact]
    public async Task ListsTheRangesEntriesOfTheCommandsNamingTheServers_OldestFirst()
    {
        var (server, other) = (ContractIds.Name("mc"), ContractIds.Name("web"));
        var (qualified, longer) = ($"engine2/{server}", server + "x");
        var from = At.AddDays(10);
        await Log().AppendAsync(Entry("restart", from.AddMinutes(5), server), default);
        await Log().AppendAsync(Entry("backup", from.AddDays(29), other, qualified), default);
        await Log().AppendAsync(Entry("stop", from, server.ToUpperInvariant()), default);
        await Log().AppendAsync(Entry("status", from.AddMinutes(1), server), default);
        await Log().AppendAsync(Entry("restart", from.AddMinutes(2), longer), default);
        await Log().AppendAsync(Entry("restart", from.AddMinutes(3), other), default);
        await Log().AppendAsync(Entry("restart", from.AddSeconds(-1), server), default);
        await Log().AppendAsync(Entry("restart", from.AddDays(30).AddSeconds(1), server), default);
        await Log().AppendAsync(Entry("start", from.AddDays(30), server), default);

        var listed = await Log().InRangeAsync([server, qualified], ["restart", "stop", "start", "backup"], from, from.AddDays(30), 100, default);

        listed.Select(e => (e.Command, e.At)).ShouldBe(
            [("stop", from), ("restart", from.AddMinutes(5)), ("backup", from.AddDays(29)), ("start", from.AddDays(30))]);
    }

    [Fact]
    public async Task ListsEveryEntryOfALongRange_NotOnlyTheNewestHundred()
    {
        var server = ContractIds.Name("mc");
        var from = At.AddYears(1);
        for (var i = 0; i < 150; i++)
        {
            await Log().AppendAsync(Entry(i % 2 == 0 ? "restart" : "status", from.AddHours(i * 4), server), default);
        }

        var listed = await Log().InRangeAsync([server], ["restart"], from, from.AddDays(30), 1000, default);

        listed.Count.ShouldBe(75);
        listed[0].At.ShouldBe(from);
        listed[^1].At.ShouldBe(from.AddHours(148 * 4));
    }

    [Fact]
    public async Task KeepsTheNewestOfTheRange_WhenMoreThanTheLimit()
    {
        var server = ContractIds.Name("mc");
        var from = At.AddYears(2);
        for (var minute = 1; minute <= 5; minute++)
        {
            await Log().AppendAsync(Entry("restart", from.AddMinutes(minute), server), default);
        }

        var listed = await Log().InRangeAsync([server], ["restart"], from, from.AddHours(1), 2, default);

        listed.Select(e => e.At).ShouldBe([from.AddMinutes(4), from.AddMinutes(5)]);
    }

    private static AuditEntry Entry(string command, DateTimeOffset at, params string[] servers) =>
        AuditEntry.Record(at, 1, isSystem: false, guildId: 1, channelId: 2, command, "", servers, AuditOutcome.Ok, TimeSpan.FromMilliseconds(5));
}
