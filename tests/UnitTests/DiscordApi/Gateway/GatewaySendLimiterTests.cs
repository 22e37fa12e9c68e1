using DiscordApi.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace ServerStatus.UnitTests.DiscordApi.Gateway;

public sealed class GatewaySendLimiterTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(41_250, 3)]
    [InlineData(45_000, 3)]
    [InlineData(60_000, 2)]
    [InlineData(30_000, 3)]
    [InlineData(10_000, 7)]
    [InlineData(1_000, 60)]
    [InlineData(200, 60)]
    public void ReservesHeartbeatSlotsFromInterval_WhenIntervalIsKnown(int intervalMs, int expected)
    {
        var reserve = GatewaySendLimiter.ComputeReserve(TimeSpan.FromMilliseconds(intervalMs), 120, Window);

        reserve.ShouldBe(expected);
    }

    [Fact]
    public void RefusesOtherPayloadsButNotHeartbeats_WhenOnlyTheReserveIsLeft()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time);
        limiter.SetHeartbeatInterval(TimeSpan.FromMilliseconds(41_250));
        for (var i = 0; i < 117; i++)
        {
            limiter.TryAcquire(false, out _).ShouldBeTrue();
        }

        var otherAllowed = limiter.TryAcquire(false, out var retryAfter);

        otherAllowed.ShouldBeFalse();
        retryAfter.ShouldBe(Window);
        Enumerable.Range(0, 3).All(i => limiter.TryAcquire(true, out _)).ShouldBeTrue();
        limiter.TryAcquire(true, out var heartbeatRetry).ShouldBeFalse();
        heartbeatRetry.ShouldBe(Window);
    }

    [Fact]
    public void AllowsAgain_WhenTheOldestSendLeavesTheWindow()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time);
        limiter.TryAcquire(false, out _);
        time.Advance(TimeSpan.FromSeconds(10));
        while (limiter.TryAcquire(false, out _))
        {
        }

        limiter.TryAcquire(false, out var retryAfter).ShouldBeFalse();
        retryAfter.ShouldBe(TimeSpan.FromSeconds(50));
        time.Advance(retryAfter);

        limiter.TryAcquire(false, out _).ShouldBeTrue();
        limiter.TryAcquire(false, out _).ShouldBeFalse();
    }

    [Fact]
    public void NeverExceedsLimitPerWindowAndNeverStarvesBeats_When200PayloadsAreQueued()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time);
        var interval = TimeSpan.FromMilliseconds(41_250);
        limiter.SetHeartbeatInterval(interval);
        var sent = new List<(DateTimeOffset At, bool Heartbeat)>();
        var pending = 200;
        var nextBeat = time.GetUtcNow() + (interval / 2);
        var end = time.GetUtcNow() + TimeSpan.FromMinutes(5);

        while (time.GetUtcNow() < end)
        {
            if (time.GetUtcNow() >= nextBeat)
            {
                limiter.TryAcquire(true, out _).ShouldBeTrue("a heartbeat must always find a slot");
                sent.Add((time.GetUtcNow(), true));
                nextBeat += interval;
            }

            while (pending > 0 && limiter.TryAcquire(false, out _))
            {
                sent.Add((time.GetUtcNow(), false));
                pending--;
            }

            time.Advance(TimeSpan.FromMilliseconds(250));
        }

        pending.ShouldBe(0);
        foreach (var (at, _) in sent)
        {
            sent.Count(s => s.At >= at && s.At < at + Window).ShouldBeLessThanOrEqualTo(120);
        }
    }

    [Fact]
    public void RejectsInterval_WhenNotPositive()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => GatewaySendLimiter.ComputeReserve(TimeSpan.Zero, 120, Window));
    }
}
