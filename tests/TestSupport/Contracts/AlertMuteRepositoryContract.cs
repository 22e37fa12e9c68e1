using ServerStatus.Application.Watch;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What callers rely on from an <see cref="IAlertMuteRepository"/>: a mute is listed with its end and who muted, muting
/// again starts it anew, an unmuted server is gone, and ended mutes are removed while running ones stay.
/// </summary>
public abstract class AlertMuteRepositoryContract
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 4, 0, 0, TimeSpan.Zero);

    protected abstract IAlertMuteRepository Repository();

    [Fact]
    public async Task ListsAMute_WithItsEndAndWhoMuted()
    {
        var server = Server();

        var mute = await Repository().MuteAsync(server, TimeSpan.FromHours(1), 7, At, default);

        mute.Until.ShouldBe(At.AddHours(1));
        var listed = (await Repository().ListAsync(default)).ShouldContain1(server);
        (listed.Until, listed.MutedBy, listed.MutedAt).ShouldBe((At.AddHours(1), 7UL, At));
    }

    [Fact]
    public async Task StartsTheMuteAnew_WhenMutedAgain()
    {
        var server = Server();
        await Repository().MuteAsync(server, TimeSpan.FromHours(1), 7, At, default);

        await Repository().MuteAsync(server, TimeSpan.FromDays(1), 8, At.AddMinutes(30), default);

        var listed = (await Repository().ListAsync(default)).ShouldContain1(server);
        (listed.Until, listed.MutedBy).ShouldBe((At.AddMinutes(30).AddDays(1), 8UL));
    }

    [Fact]
    public async Task ForgetsAnUnmutedServer_AndSaysWhetherItWasMuted()
    {
        var server = Server();
        await Repository().MuteAsync(server, TimeSpan.FromHours(1), 7, At, default);

        var (first, second) = (await Repository().RemoveAsync(server, default), await Repository().RemoveAsync(server, default));

        (first, second).ShouldBe((true, false));
        (await Repository().ListAsync(default)).Select(m => m.Server).ShouldNotContain(server);
    }

    [Fact]
    public async Task RemovesEndedMutes_AndKeepsRunningOnes()
    {
        var (ended, running) = (Server(), Server());
        await Repository().MuteAsync(ended, TimeSpan.FromMinutes(30), 7, At, default);
        await Repository().MuteAsync(running, TimeSpan.FromHours(2), 7, At, default);

        var removed = await Repository().RemoveEndedAsync(At.AddHours(1), default);

        removed.ShouldBeGreaterThanOrEqualTo(1);
        var servers = (await Repository().ListAsync(default)).Select(m => m.Server).ToList();
        servers.ShouldNotContain(ended);
        servers.ShouldContain(running);
    }

    private static string Server() => "local/" + ContractIds.Name("mc");
}
