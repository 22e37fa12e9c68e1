using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Presentation.Discord.Dashboard;

namespace ServerStatus.UnitTests.Presentation.Dashboard;

public sealed class DashboardLockoutTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
    private readonly DashboardLockout _lockout;

    public DashboardLockoutTests() =>
        _lockout = new DashboardLockout(
            Options.Create(new DashboardAccessOptions { MaxFailures = 3, GlobalMaxFailures = 5, LockoutSeconds = 60 }), _time, NullLogger<DashboardLockout>.Instance);

    [Fact]
    public void LocksTheClientOut_AfterTooManyFailures()
    {
        _lockout.RecordFailure("10.0.0.1");
        _lockout.RecordFailure("10.0.0.1");
        _lockout.LockedFor("10.0.0.1").ShouldBeNull();

        _lockout.RecordFailure("10.0.0.1");

        _lockout.LockedFor("10.0.0.1").ShouldBe(TimeSpan.FromSeconds(60));
        _lockout.LockedFor("10.0.0.2").ShouldBeNull();
    }

    [Fact]
    public void LetsTheClientTryAgain_WhenTheLockoutIsOver()
    {
        Fail("10.0.0.1", 3);

        _time.Advance(TimeSpan.FromSeconds(61));

        _lockout.LockedFor("10.0.0.1").ShouldBeNull();
    }

    [Fact]
    public void ForgetsEarlierFailures_AfterASuccess()
    {
        Fail("10.0.0.1", 2);

        _lockout.RecordSuccess("10.0.0.1");
        _lockout.RecordFailure("10.0.0.1");

        _lockout.LockedFor("10.0.0.1").ShouldBeNull();
    }

    [Fact]
    public void LocksEveryClientOut_WhenFailuresFromManyClientsReachTheGlobalBudget()
    {
        for (var client = 1; client <= 4; client++)
        {
            _lockout.RecordFailure($"10.0.0.{client}");
        }

        _lockout.LockedFor("10.0.0.9").ShouldBeNull();

        _lockout.RecordFailure("10.0.0.5");

        _lockout.LockedFor("10.0.0.9").ShouldBe(TimeSpan.FromSeconds(60));
        _time.Advance(TimeSpan.FromSeconds(61));
        _lockout.LockedFor("10.0.0.9").ShouldBeNull();
    }

    [Fact]
    public void CountsOnlyTheFailuresOfTheLastLockoutPeriod_TowardsTheGlobalBudget()
    {
        Fail("10.0.0.1", 2);
        Fail("10.0.0.2", 2);
        _time.Advance(TimeSpan.FromSeconds(60));

        _lockout.RecordFailure("10.0.0.3");

        _lockout.LockedFor("10.0.0.9").ShouldBeNull();
    }

    [Fact]
    public void CountsFailuresTowardsTheGlobalBudget_EvenAfterTheClientsSucceed()
    {
        for (var i = 0; i < 5; i++)
        {
            _lockout.RecordFailure("10.0.0.1");
            _lockout.RecordSuccess("10.0.0.1");
        }

        _lockout.LockedFor("10.0.0.1").ShouldBe(TimeSpan.FromSeconds(60));
    }

    private void Fail(string client, int times)
    {
        for (var i = 0; i < times; i++)
        {
            _lockout.RecordFailure(client);
        }
    }
}
