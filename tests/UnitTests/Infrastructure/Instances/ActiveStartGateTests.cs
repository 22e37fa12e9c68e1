using Microsoft.Extensions.Time.Testing;
using ServerStatus.Infrastructure.Instances;

namespace ServerStatus.UnitTests.Infrastructure.Instances;

public sealed class ActiveStartGateTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly ActiveStartGate _gate = new();

    [Fact]
    public async Task LetsTheOthersStart_WhenTheBotIsReady()
    {
        var waiting = _gate.WaitAsync(_time, default);
        waiting.IsCompleted.ShouldBeFalse();

        _gate.Open();

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        _gate.WaitAsync(_time, default).IsCompleted.ShouldBeTrue("an open gate stays open");
    }

    [Fact]
    public async Task LetsTheOthersStart_AfterTheLongestHeadStart_WhenTheBotIsNotReady()
    {
        var waiting = _gate.WaitAsync(_time, default);

        _time.Advance(ActiveStartGate.MaxHeadStart - TimeSpan.FromMilliseconds(1));
        waiting.IsCompleted.ShouldBeFalse();
        _time.Advance(TimeSpan.FromMilliseconds(1));

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
