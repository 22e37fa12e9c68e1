using ServerStatus.Application.Watch;
using ServerStatus.Domain.Watch;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What callers rely on from an <see cref="IMaintenanceRepository"/>: a window is listed with all it holds (open-ended
/// or with an end), starting it again replaces it and makes the reminder due again, a reminder is recorded, and a removed
/// window is returned once and gone.
/// </summary>
public abstract class MaintenanceRepositoryContract
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 4, 0, 0, TimeSpan.Zero);

    protected abstract IMaintenanceRepository Repository();

    [Fact]
    public async Task ListsAWindow_WithEverythingItHolds()
    {
        var (ending, open) = (Server(), Server());

        await Repository().StartAsync(ending, "upgrading the map", TimeSpan.FromHours(2), 7, At, default);
        await Repository().StartAsync(open, "", null, 8, At, default);

        var listed = await Repository().ListAsync(default);
        var window = listed.ShouldContain1(ending);
        (window.Reason, window.StartedBy, window.StartedAt, window.Until, window.RemindedAt).ShouldBe(("upgrading the map", 7UL, At, (DateTimeOffset?)At.AddHours(2), (DateTimeOffset?)null));
        listed.ShouldContain1(open).Until.ShouldBeNull();
    }

    [Fact]
    public async Task ReplacesTheWindow_AndMakesTheReminderDueAgain_WhenStartedAgain()
    {
        var scope = Server();
        await Repository().StartAsync(scope, "first", null, 7, At, default);
        await Repository().MarkRemindedAsync(scope, At.AddHours(12), default);
        (await Repository().ListAsync(default)).ShouldContain1(scope).RemindedAt.ShouldBe(At.AddHours(12));

        await Repository().StartAsync(scope, "second", TimeSpan.FromMinutes(30), 9, At.AddHours(13), default);

        var window = (await Repository().ListAsync(default)).ShouldContain1(scope);
        (window.Reason, window.StartedBy, window.Until, window.RemindedAt).ShouldBe(("second", 9UL, (DateTimeOffset?)At.AddHours(13).AddMinutes(30), (DateTimeOffset?)null));
    }

    [Fact]
    public async Task ReturnsARemovedWindowOnce_AndForgetsIt()
    {
        var (removed, kept) = (Server(), MaintenanceWindow.AllServers);
        await Repository().StartAsync(removed, "disk", null, 7, At, default);
        await Repository().StartAsync(kept, "host", null, 7, At, default);

        var first = await Repository().RemoveAsync(removed, default);
        var second = await Repository().RemoveAsync(removed, default);

        first.ShouldNotBeNull().Reason.ShouldBe("disk");
        second.ShouldBeNull();
        var scopes = (await Repository().ListAsync(default)).Select(w => w.Scope).ToList();
        scopes.ShouldNotContain(removed);
        scopes.ShouldContain(kept);
        await Repository().RemoveAsync(kept, default);
    }

    private static string Server() => "local/" + ContractIds.Name("mc");
}
