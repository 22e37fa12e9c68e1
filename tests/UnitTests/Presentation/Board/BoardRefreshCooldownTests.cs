using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Board;
using ServerStatus.Presentation.Discord.Board;

namespace ServerStatus.UnitTests.Presentation.Board;

public sealed class BoardRefreshCooldownTests
{
    private readonly FakeTimeProvider _time = new(BoardSamples.At);
    private readonly BoardRefreshCooldown _cooldown;

    public BoardRefreshCooldownTests() =>
        _cooldown = new BoardRefreshCooldown(_time, Options.Create(new BoardOptions { RefreshCooldownSeconds = 30 }));

    [Fact]
    public void RefusesASecondPressWithinTheCooldown_AndSaysWhenItEnds()
    {
        _cooldown.TryTake(1, 10, out var first).ShouldBeTrue();
        _time.Advance(TimeSpan.FromSeconds(29));

        _cooldown.TryTake(1, 10, out var again).ShouldBeFalse();

        first.ShouldBe(BoardSamples.At.AddSeconds(30));
        again.ShouldBe(BoardSamples.At.AddSeconds(30));
    }

    [Fact]
    public void AcceptsAPressAgain_OnceTheCooldownIsOver_AndStartsANewOne()
    {
        _cooldown.TryTake(1, 10, out _).ShouldBeTrue();
        _time.Advance(TimeSpan.FromSeconds(30));

        _cooldown.TryTake(1, 10, out var next).ShouldBeTrue();

        next.ShouldBe(BoardSamples.At.AddSeconds(60));
        _time.Advance(TimeSpan.FromSeconds(1));
        _cooldown.TryTake(1, 10, out _).ShouldBeFalse();
    }

    [Fact]
    public void RefusedPressesDoNotExtendTheCooldown()
    {
        _cooldown.TryTake(1, 10, out _).ShouldBeTrue();
        for (var i = 0; i < 5; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(5));
            _cooldown.TryTake(1, 10, out _).ShouldBeFalse();
        }

        _time.Advance(TimeSpan.FromSeconds(5));
        _cooldown.TryTake(1, 10, out _).ShouldBeTrue();
    }

    [Fact]
    public void CountsEachUserAndBoardApart()
    {
        _cooldown.TryTake(1, 10, out _).ShouldBeTrue();

        _cooldown.TryTake(2, 10, out _).ShouldBeTrue();
        _cooldown.TryTake(1, 11, out _).ShouldBeTrue();
        _cooldown.TryTake(1, 10, out _).ShouldBeFalse();
    }

    [Fact]
    public void StillRefusesWithinTheCooldown_AfterForgettingManyOldPresses()
    {
        for (ulong user = 100; user < 1200; user++)
        {
            _cooldown.TryTake(user, 10, out _).ShouldBeTrue();
        }

        _time.Advance(TimeSpan.FromSeconds(20));
        _cooldown.TryTake(1, 10, out _).ShouldBeTrue();
        _time.Advance(TimeSpan.FromSeconds(15));

        _cooldown.TryTake(5000, 10, out _).ShouldBeTrue(); // prunes the 1100 presses whose cooldown is over
        _cooldown.TryTake(1, 10, out _).ShouldBeFalse();
        _cooldown.TryTake(100, 10, out _).ShouldBeTrue();
    }
}
