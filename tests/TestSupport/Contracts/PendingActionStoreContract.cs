using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.Pending;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What pending power actions rely on from an <see cref="IPendingActionStore"/>: an action reads back as stored (from a
/// fresh unit of work), one per server (a new one replaces and returns the previous), progress is saved, and removing
/// succeeds once. Every fact uses servers of its own.
/// </summary>
public abstract class PendingActionStoreContract
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly Actor Requester = Actor.InGuild(42, [7, 8], 100, 200);

    protected abstract IPendingActionStore Store();

    [Fact]
    public async Task ReadsBackAnAction_AsStored()
    {
        var server = ContractIds.Name("local/pending");
        var action = PendingPowerAction.Countdown(server, PowerAction.Stop, TimeSpan.FromMinutes(5), [TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(10)], Requester, "map reset", At);

        (await Store().ReplaceAsync(action, default)).ShouldBeNull();

        var read = (await Store().FindAsync(action.Id, default)).ShouldNotBeNull();
        (read.Server, read.Action, read.Wait, read.DueAt, read.Reason, read.AnnouncedDownTo).ShouldBe((server, PowerAction.Stop, PendingWait.Countdown, At.AddMinutes(5), "map reset", (TimeSpan?)null));
        read.MarkList.ShouldBe([TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(10)]);
        (read.Requester.UserId, read.Requester.GuildId, read.Requester.ChannelId, read.Requester.IsSystem).ShouldBe((42UL, (ulong?)100, (ulong?)200, false));
        read.Requester.RoleIds.ShouldBe([7UL, 8UL]);
        (await Store().FindByServerAsync(server, default)).ShouldNotBeNull().Id.ShouldBe(action.Id);
        (await Store().ListAsync(default)).Select(a => a.Id).ShouldContain(action.Id);
    }

    [Fact]
    public async Task KeepsOneActionPerServer_ANewOneReplacingThePrevious()
    {
        var server = ContractIds.Name("local/pending");
        var first = PendingPowerAction.WhenEmpty(server, PowerAction.Restart, TimeSpan.FromHours(2), TimeSpan.FromSeconds(10), Requester, null, At);
        var second = PendingPowerAction.Countdown(server, PowerAction.Restart, TimeSpan.FromMinutes(1), [], Requester, null, At);
        await Store().ReplaceAsync(first, default);

        var replaced = await Store().ReplaceAsync(second, default);

        replaced.ShouldNotBeNull().Id.ShouldBe(first.Id);
        (await Store().FindAsync(first.Id, default)).ShouldBeNull();
        (await Store().FindByServerAsync(server, default)).ShouldNotBeNull().Id.ShouldBe(second.Id);
    }

    [Fact]
    public async Task SavesProgress_AndRemovesOnce()
    {
        var server = ContractIds.Name("local/pending");
        var action = PendingPowerAction.WhenEmpty(server, PowerAction.Restart, TimeSpan.FromHours(1), TimeSpan.FromSeconds(30), Requester, null, At);
        await Store().ReplaceAsync(action, default);

        action.FallBackToCountdown(TimeSpan.FromSeconds(30), At.AddHours(1));
        action.MarkAnnounced(TimeSpan.FromSeconds(30));
        (await Store().UpdateAsync(action, default)).ShouldBeTrue();

        var read = (await Store().FindAsync(action.Id, default)).ShouldNotBeNull();
        (read.Wait, read.DueAt, read.AnnouncedDownTo).ShouldBe((PendingWait.Countdown, At.AddHours(1).AddSeconds(30), (TimeSpan?)TimeSpan.FromSeconds(30)));
        (await Store().TryRemoveAsync(action.Id, default)).ShouldBeTrue();
        (await Store().TryRemoveAsync(action.Id, default)).ShouldBeFalse();
        (await Store().UpdateAsync(action, default)).ShouldBeFalse();
        (await Store().FindByServerAsync(server, default)).ShouldBeNull();
    }
}
