using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Presentation.Discord.Dashboard;

namespace ServerStatus.UnitTests.Presentation.Dashboard;

public sealed class DashboardLockoutTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
    private readonly DashboardLockout _lockout;

    public DashboardLockoutTests() =>
        _lockout = new DashboardLockout(Options.Create(new DashboardAccessOptions { MaxFailures = 3, LockoutSeconds = 60 }), _time);

    [Fact]
    public void LocksTheAddressOut_AfterTooManyFailures()
    {
        _lockout.RecordFailure("10.0.0.1");
        _lockout.RecordFailure("10.0.0.1");
        _lockout.LockedFor("10.0.0.1").ShouldBeNull();

        _lockout.RecordFailure("10.0.0.1");

        _lockout.LockedFor("10.0.0.1").ShouldBe(TimeSpan.FromSeconds(60));
        _lockout.LockedFor("10.0.0.2").ShouldBeNull();
    }

    [Fact]
    public void LetsTheAddressTryAgain_WhenTheLockoutIsOver()
    {
        for (var i = 0; i < 3; i++)
        {
            _lockout.RecordFailure("10.0.0.1");
        }

        _time.Advance(TimeSpan.FromSeconds(61));

        _lockout.LockedFor("10.0.0.1").ShouldBeNull();
    }

    [Fact]
    public void ForgetsEarlierFailures_AfterASuccess()
    {
        _lockout.RecordFailure("10.0.0.1");
        _lockout.RecordFailure("10.0.0.1");

        _lockout.RecordSuccess("10.0.0.1");
        _lockout.RecordFailure("10.0.0.1");

        _lockout.LockedFor("10.0.0.1").ShouldBeNull();
    }
}
