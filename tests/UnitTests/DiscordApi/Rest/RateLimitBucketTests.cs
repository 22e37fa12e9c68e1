using DiscordApi.Rest;
using Microsoft.Extensions.Time.Testing;

namespace ServerStatus.UnitTests.DiscordApi.Rest;

public sealed class RateLimitBucketTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void LetsFirstRequestGo_WhenNothingIsKnown()
    {
        var bucket = new RateLimitBucket("b", _time);

        bucket.GetDelay().ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void WaitsUntilResetAfter_WhenRemainingIsZero()
    {
        var bucket = new RateLimitBucket("b", _time);
        bucket.OnSend();
        bucket.Update(limit: 5, remaining: 0, resetAfter: TimeSpan.FromSeconds(2.5), sequence: 1);

        var first = bucket.GetDelay();
        _time.Advance(TimeSpan.FromSeconds(2));
        var later = bucket.GetDelay();
        _time.Advance(TimeSpan.FromSeconds(0.5));
        var atReset = bucket.GetDelay();

        first.ShouldBe(TimeSpan.FromSeconds(2.5));
        later.ShouldBe(TimeSpan.FromSeconds(0.5));
        atReset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void RefillsToLimit_WhenResetHasPassed()
    {
        var bucket = new RateLimitBucket("b", _time);
        bucket.Update(limit: 2, remaining: 0, resetAfter: TimeSpan.FromSeconds(1), sequence: 1);
        _time.Advance(TimeSpan.FromSeconds(1));

        bucket.OnSend();

        bucket.Remaining.ShouldBe(1);
        bucket.GetDelay().ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void CountsDownLocally_WhenSendingWithinWindow()
    {
        var bucket = new RateLimitBucket("b", _time);
        bucket.Update(limit: 2, remaining: 1, resetAfter: TimeSpan.FromSeconds(3), sequence: 1);

        bucket.OnSend();

        bucket.Remaining.ShouldBe(0);
        bucket.GetDelay().ShouldBe(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public void IgnoresOlderResponse_WhenNewerWasApplied()
    {
        var bucket = new RateLimitBucket("b", _time);
        bucket.Update(limit: 5, remaining: 3, resetAfter: TimeSpan.FromSeconds(1), sequence: 2);

        bucket.Update(limit: 5, remaining: 4, resetAfter: TimeSpan.FromSeconds(1), sequence: 1);

        bucket.Remaining.ShouldBe(3);
    }

    [Fact]
    public void WaitsRetryAfter_WhenExhaustedBy429()
    {
        var bucket = new RateLimitBucket("b", _time);
        bucket.Update(limit: 5, remaining: 4, resetAfter: TimeSpan.FromSeconds(1), sequence: 1);

        bucket.Exhaust(TimeSpan.FromSeconds(7.25));

        bucket.GetDelay().ShouldBe(TimeSpan.FromSeconds(7.25));
    }
}
