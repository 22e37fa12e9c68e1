using DiscordApi.Rest;
using Microsoft.Extensions.Time.Testing;

namespace ServerStatus.UnitTests.DiscordApi.Rest;

public sealed class GlobalRateLimiterTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void Allows50ThenWaits_WhenBurstWithinOneSecond()
    {
        var limiter = new GlobalRateLimiter(_time, 50);

        var granted = Enumerable.Range(0, 50).Count(_ => limiter.TryAcquire() == TimeSpan.Zero);
        var wait = limiter.TryAcquire();

        granted.ShouldBe(50);
        wait.ShouldBe(TimeSpan.FromMilliseconds(20));
    }

    [Fact]
    public void RefillsOverTime_WhenTimePasses()
    {
        var limiter = new GlobalRateLimiter(_time, 50);
        for (var i = 0; i < 50; i++)
        {
            limiter.TryAcquire();
        }

        _time.Advance(TimeSpan.FromMilliseconds(100));

        Enumerable.Range(0, 6).Count(_ => limiter.TryAcquire() == TimeSpan.Zero).ShouldBe(5);
    }

    [Fact]
    public void BlocksEverything_WhenPausedByGlobal429()
    {
        var limiter = new GlobalRateLimiter(_time, 50);

        limiter.Pause(TimeSpan.FromSeconds(1.5));

        limiter.TryAcquire().ShouldBe(TimeSpan.FromSeconds(1.5));
        _time.Advance(TimeSpan.FromSeconds(1.5));
        limiter.TryAcquire().ShouldBe(TimeSpan.Zero);
    }
}
