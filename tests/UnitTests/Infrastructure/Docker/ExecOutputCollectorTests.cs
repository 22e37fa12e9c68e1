using ServerStatus.Infrastructure.Docker;

namespace ServerStatus.UnitTests.Infrastructure.Docker;

public sealed class ExecOutputCollectorTests
{
    [Fact]
    public void TakesThePidLineOutOfTheOutput()
    {
        var collector = new ExecOutputCollector(1000);

        collector.Add(true, "serverstatus-pid:4242\nwarning\n"u8);
        collector.Add(false, "result\n"u8);

        collector.Pid.ShouldBe(4242);
        collector.Text.ShouldBe("warning\nresult\n");
    }

    [Fact]
    public void LeavesOrdinaryOutputAlone()
    {
        var collector = new ExecOutputCollector(1000);

        collector.Add(false, "serverstatus-pid:1\n"u8);

        collector.Pid.ShouldBeNull();
        collector.Text.ShouldBe("serverstatus-pid:1\n");
    }

    [Fact]
    public void StopsCollectingAtTheLimit()
    {
        var collector = new ExecOutputCollector(10);

        collector.Add(false, "0123456789abcdef"u8);

        collector.Text.ShouldBe("0123456789");
        collector.Truncated.ShouldBeTrue();
    }
}
