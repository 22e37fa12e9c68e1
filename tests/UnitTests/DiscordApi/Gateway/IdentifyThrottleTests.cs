using DiscordApi.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace ServerStatus.UnitTests.DiscordApi.Gateway;

public sealed class IdentifyThrottleTests
{
    private static readonly SessionStartLimit Plenty = new(1000, 999, TimeSpan.FromHours(20), 1);

    [Fact]
    public void IdentifiesAtOnce_WhenNoIdentifyHappenedYet()
    {
        var throttle = new IdentifyThrottle(new FakeTimeProvider(), TimeSpan.FromSeconds(5));

        throttle.DelayBeforeIdentify(Plenty).ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void KeepsFiveSecondsBetweenIdentifies_WhenIdentifyingAgain()
    {
        var time = new FakeTimeProvider();
        var throttle = new IdentifyThrottle(time, TimeSpan.FromSeconds(5));
        throttle.RecordIdentify();
        time.Advance(TimeSpan.FromSeconds(2));

        var delay = throttle.DelayBeforeIdentify(Plenty);

        delay.ShouldBe(TimeSpan.FromSeconds(3));
        time.Advance(delay);
        throttle.DelayBeforeIdentify(Plenty).ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void WaitsForReset_WhenDailyBudgetIsExhausted()
    {
        var throttle = new IdentifyThrottle(new FakeTimeProvider(), TimeSpan.FromSeconds(5));
        var exhausted = Plenty with { Remaining = 0, ResetAfter = TimeSpan.FromMinutes(42) };

        throttle.DelayBeforeIdentify(exhausted).ShouldBe(TimeSpan.FromMinutes(42));
    }
}
