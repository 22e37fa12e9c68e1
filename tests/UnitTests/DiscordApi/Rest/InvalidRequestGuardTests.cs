using DiscordApi.Rest;
using Microsoft.Extensions.Time.Testing;

namespace ServerStatus.UnitTests.DiscordApi.Rest;

public sealed class InvalidRequestGuardTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void TripsAtLimit_WhenManyInvalidRequestsInWindow()
    {
        var guard = new InvalidRequestGuard(_time, limit: 1000);

        var trippedAt = Enumerable.Range(1, 1000).First(_ => guard.Record());

        trippedAt.ShouldBe(1000);
        guard.IsTripped.ShouldBeTrue();
    }

    [Fact]
    public void DefaultsWellBelowDiscordsBan_WhenNotConfigured()
    {
        new InvalidRequestGuard(_time).Limit.ShouldBeLessThanOrEqualTo(1000);
        new DiscordRestSettings().InvalidRequestLimit.ShouldBeLessThan(10_000);
    }

    [Fact]
    public void StaysOpen_WhenBelowLimit()
    {
        var guard = new InvalidRequestGuard(_time, limit: 10);
        for (var i = 0; i < 9; i++)
        {
            guard.Record();
        }

        guard.IsTripped.ShouldBeFalse();
    }

    [Fact]
    public void Drains_WhenWindowSlidesPast()
    {
        var guard = new InvalidRequestGuard(_time, limit: 3, window: TimeSpan.FromMinutes(10));
        guard.Record();
        _time.Advance(TimeSpan.FromMinutes(5));
        guard.Record();
        guard.Record();
        guard.IsTripped.ShouldBeTrue();

        _time.Advance(TimeSpan.FromMinutes(5));

        guard.Count.ShouldBe(2);
        guard.IsTripped.ShouldBeFalse();
    }
}
