using DiscordApi.Gateway;

namespace ServerStatus.UnitTests.DiscordApi.Gateway;

public sealed class ReconnectBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);

    [Fact]
    public void DoublesCeilingUpToCap_WhenFailuresRepeat()
    {
        var backoff = new ReconnectBackoff(Base, Cap, new FixedRandomSource(1.0));

        var delays = Enumerable.Range(0, 9).Select(_ => backoff.Next().TotalSeconds).ToList();

        delays.ShouldBe([1, 2, 4, 8, 16, 32, 60, 60, 60]);
    }

    [Fact]
    public void DrawsBelowCeiling_WhenJitterIsApplied()
    {
        var backoff = new ReconnectBackoff(Base, Cap, new FixedRandomSource(0.25));
        backoff.Next();

        var delay = backoff.Next();

        delay.ShouldBe(TimeSpan.FromSeconds(0.5));
    }

    [Fact]
    public void StartsOverFromBase_WhenReset()
    {
        var backoff = new ReconnectBackoff(Base, Cap, new FixedRandomSource(1.0));
        for (var i = 0; i < 5; i++)
        {
            backoff.Next();
        }

        backoff.Reset();

        backoff.Failures.ShouldBe(0);
        backoff.Next().ShouldBe(Base);
    }

    [Fact]
    public void StaysAtCap_WhenFailuresAreVeryMany()
    {
        var backoff = new ReconnectBackoff(Base, Cap, new FixedRandomSource(1.0));
        for (var i = 0; i < 200; i++)
        {
            backoff.Next();
        }

        backoff.NextCeiling.ShouldBe(Cap);
    }
}
