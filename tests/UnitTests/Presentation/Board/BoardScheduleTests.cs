using Microsoft.Extensions.Time.Testing;
using ServerStatus.Presentation.Discord.Board;

namespace ServerStatus.UnitTests.Presentation.Board;

public sealed class BoardScheduleTests
{
    private readonly FakeTimeProvider _time = new(BoardSamples.At);
    private readonly BoardSchedule _schedule = new(TimeSpan.FromSeconds(5));

    [Fact]
    public void HoldsABoardBack_UntilMinEditSecondsPassedSinceItWasLastSent()
    {
        _schedule.MayPublish(1, _time.GetUtcNow()).ShouldBeTrue();
        _schedule.Sent(1, _time.GetUtcNow());
        _time.Advance(TimeSpan.FromSeconds(2));

        _schedule.MayPublish(1, _time.GetUtcNow()).ShouldBeFalse();

        _schedule.WaitBeforeNext(_time.GetUtcNow()).ShouldBe(TimeSpan.FromSeconds(3));
        _time.Advance(TimeSpan.FromSeconds(3));
        _schedule.MayPublish(1, _time.GetUtcNow()).ShouldBeTrue();
        _schedule.WaitBeforeNext(_time.GetUtcNow()).ShouldBeNull();
    }

    [Fact]
    public void LetsOtherBoardsThrough_WhenOneIsHeldBack()
    {
        _schedule.Sent(1, _time.GetUtcNow());

        _schedule.MayPublish(1, _time.GetUtcNow()).ShouldBeFalse();

        _schedule.MayPublish(2, _time.GetUtcNow()).ShouldBeTrue();
        _schedule.Forget(1);
        _schedule.WaitBeforeNext(_time.GetUtcNow()).ShouldBeNull();
    }
}
