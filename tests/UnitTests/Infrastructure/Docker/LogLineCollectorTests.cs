using System.Text;
using ServerStatus.Infrastructure.Docker;

namespace ServerStatus.UnitTests.Infrastructure.Docker;

public sealed class LogLineCollectorTests
{
    [Fact]
    public void KeepsOnlyTheLastLines()
    {
        var collector = new LogLineCollector(keep: 2);

        collector.Add(false, "a\nb\nc\n"u8);

        collector.Finish().ShouldBe(["b", "c"]);
    }

    [Fact]
    public void JoinsLinesSplitAcrossFrames_PerStream()
    {
        var collector = new LogLineCollector(keep: 10);

        collector.Add(false, "hel"u8);
        collector.Add(true, "err"u8);
        collector.Add(false, "lo\n"u8);
        collector.Add(true, "or\r\n"u8);

        collector.Finish().ShouldBe(["hello", "error"]);
    }

    [Fact]
    public void DecodesMultiByteCharactersSplitAcrossFrames()
    {
        var bytes = Encoding.UTF8.GetBytes("grüße ⛏\n");
        var collector = new LogLineCollector(keep: 10);

        foreach (var b in bytes)
        {
            collector.Add(false, [b]);
        }

        collector.Finish().ShouldBe(["grüße ⛏"]);
    }

    [Fact]
    public void KeepsAFinalLineWithoutNewline()
    {
        var collector = new LogLineCollector(keep: 10);

        collector.Add(false, "done"u8);

        collector.Finish().ShouldBe(["done"]);
    }
}
