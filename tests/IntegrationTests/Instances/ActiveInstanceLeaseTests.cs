using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Infrastructure.Instances;

namespace ServerStatus.IntegrationTests.Instances;

/// <summary>
/// The lease keeper on a real SQLite file, with a fake clock: active at once when the lease is free, a standby until it
/// expires, and an active instance that finds its lease taken stops the host.
/// </summary>
public sealed class ActiveInstanceLeaseTests : IAsyncLifetime
{
    private const int LeaseSeconds = 15;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 13, 0, 0, TimeSpan.Zero));
    private readonly StoppingLifetime _lifetime = new();
    private readonly List<ActiveInstanceLease> _leases = [];
    private readonly MigratedDatabase _database = new("lease.db");

    private LeaseTable Table => _database.Services.GetRequiredService<LeaseTable>();

    public Task InitializeAsync() => _database.InitializeAsync();

    [Fact]
    public async Task TheFirstIsActive_TheSecondStandsByUntilTheLeaseExpires()
    {
        var first = await StartAsync();
        var second = await StartAsync();

        first.IsActive.ShouldBeTrue();
        second.IsActive.ShouldBeFalse();
        second.ActiveElsewhere.ShouldBe(first.Holder);

        await first.StopAsync(default); // a clean stop gives the lease up
        await TickAsync();

        await Eventually.HoldsAsync(() => second.IsActive, "the standby takes over");
    }

    [Fact]
    public async Task StopsTheHost_WhenAnotherInstanceTookTheLease()
    {
        var active = await StartAsync();

        // The active instance froze past its lease, and another took it in the meantime.
        var later = _time.GetUtcNow().AddSeconds(LeaseSeconds + 1);
        (await Table.TryTakeAsync(ActiveInstanceLease.LeaseName, "the other instance", later, later.AddSeconds(LeaseSeconds), default)).ShouldBeTrue();
        await TickAsync();

        await Eventually.HoldsAsync(() => _lifetime.Stopped, "the host is stopped");
        active.Lost.ShouldBeTrue();
    }

    [Fact]
    public async Task TakesOverAtOnce_ALeaseLeftByAPredecessorOnThisMachineThatNoLongerRuns()
    {
        var now = _time.GetUtcNow();
        (await Table.TryTakeAsync(ActiveInstanceLease.LeaseName, "vm pid 150 (0123abcd) at 31f69b75:4026531836", now, now.AddSeconds(LeaseSeconds), default)).ShouldBeTrue();

        var restarted = await StartAsync(new InstanceIdentity("vm", 160, "31f69b75:4026531836", _ => false));

        restarted.IsActive.ShouldBeTrue();
        (await Table.HolderAsync(ActiveInstanceLease.LeaseName, now, default)).ShouldBe(restarted.Holder);
    }

    [Fact]
    public async Task StandsBy_WhenThePredecessorOnThisMachineStillRuns()
    {
        var now = _time.GetUtcNow();
        (await Table.TryTakeAsync(ActiveInstanceLease.LeaseName, "vm pid 150 (0123abcd) at 31f69b75:4026531836", now, now.AddSeconds(LeaseSeconds), default)).ShouldBeTrue();

        var second = await StartAsync(new InstanceIdentity("vm", 160, "31f69b75:4026531836", _ => true));

        second.IsActive.ShouldBeFalse();
        second.ActiveElsewhere.ShouldBe("vm pid 150 (0123abcd) at 31f69b75:4026531836");
    }

    public async Task DisposeAsync()
    {
        foreach (var lease in _leases)
        {
            await lease.StopAsync(default);
            lease.Dispose();
        }

        await _database.DisposeAsync();
    }

    private async Task<ActiveInstanceLease> StartAsync(InstanceIdentity? identity = null)
    {
        var lease = new ActiveInstanceLease(Table, identity ?? InstanceIdentity.OfThisProcess(), Options.Create(new InstanceOptions { LeaseSeconds = LeaseSeconds }), _time, _lifetime, NullLogger<ActiveInstanceLease>.Instance);
        _leases.Add(lease);
        await lease.StartAsync(default);
        return lease;
    }

    private async Task TickAsync()
    {
        _time.Advance(TimeSpan.FromSeconds(LeaseSeconds / 3));
        await Task.Delay(50);
    }

    private sealed class StoppingLifetime : IHostApplicationLifetime
    {
        private readonly CancellationTokenSource _stopping = new();

        public bool Stopped => _stopping.IsCancellationRequested;

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => _stopping.Token;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => _stopping.Cancel();
    }
}
