using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.Announcements;
using ServerStatus.TestSupport;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Servers.Announcements;

public sealed class ConsoleAnnouncerTests
{
    private readonly InMemoryContainerEngine _engine = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 4, 0, 0, TimeSpan.Zero));

    [Fact]
    public void PutsTheMessageIntoTheTemplate_OrAfterIt()
    {
        ConsoleAnnouncer.Line("say {message}", "hi").ShouldBe("say hi");
        ConsoleAnnouncer.Line("broadcast", "hi").ShouldBe("broadcast hi");
        ConsoleAnnouncer.Line(null, "hi").ShouldBeNull();
        ConsoleAnnouncer.Line(" ", "hi").ShouldBeNull();
    }

    [Fact]
    public async Task ReadsTheTemplateFromTheLabel_OrNoneWithoutIt()
    {
        var labelled = _engine.Add("mc");
        var plain = _engine.Add("web");
        _engine.Labels["mc"] = new() { [ConsoleAnnouncer.Label] = " say {message} " };

        (await Announcer().TemplateAsync(labelled, CancellationToken.None)).Value.ShouldBe("say {message}");
        (await Announcer().TemplateAsync(plain, CancellationToken.None)).Value.ShouldBeNull();
        (await Announcer().AnnouncesAsync(plain, CancellationToken.None)).ShouldBeFalse();
    }

    [Fact]
    public async Task SaysOneMessage_OrNothingWithoutATemplate()
    {
        var mc = _engine.Add("mc", openStdin: true);
        var web = _engine.Add("web", openStdin: true);
        _engine.Labels["mc"] = new() { [ConsoleAnnouncer.Label] = "say [bot] {message}" };

        (await Announcer().AnnounceAsync(mc, "hello", CancellationToken.None)).Value.ShouldBeTrue();
        (await Announcer().AnnounceAsync(web, "hello", CancellationToken.None)).Value.ShouldBeFalse();

        _engine.ConsoleLines.ShouldBe(["local/mc: say [bot] hello"]);
    }

    [Fact]
    public async Task CountsDown_AtEachMarkWithinTheLead_AndReturnsWhenItIsOver()
    {
        var server = _engine.Add("mc", openStdin: true);
        var counting = Announcer().CountdownAsync(server, "say [bot] {message}", PowerAction.Restart, TimeSpan.FromMinutes(2), CancellationToken.None);
        _engine.ConsoleLines.ShouldBe(["local/mc: say [bot] Server restarting in 2 minutes"]);

        _time.Advance(TimeSpan.FromSeconds(59));
        _engine.ConsoleLines.Count.ShouldBe(1);
        await AdvanceAsync(TimeSpan.FromSeconds(1), lines: 2);
        await AdvanceAsync(TimeSpan.FromSeconds(30), lines: 3);
        await AdvanceAsync(TimeSpan.FromSeconds(20), lines: 4);
        counting.IsCompleted.ShouldBeFalse();
        _time.Advance(TimeSpan.FromSeconds(10));

        var sent = await counting.WaitAsync(TimeSpan.FromSeconds(10));
        sent.Value.ShouldBe(["say [bot] Server restarting in 2 minutes", "say [bot] Server restarting in 1 minute", "say [bot] Server restarting in 30 seconds",
            "say [bot] Server restarting in 10 seconds"]);
        _engine.ConsoleLines.ShouldBe(sent.Value.Select(line => $"local/mc: {line}"));
    }

    [Fact]
    public async Task CountsDownAtTheConfiguredMarks()
    {
        var server = _engine.Add("mc", openStdin: true);
        var counting = Announcer("90s", "15s").CountdownAsync(server, "say {message}", PowerAction.Stop, TimeSpan.FromMinutes(3), CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(3));

        (await counting.WaitAsync(TimeSpan.FromSeconds(10))).Value.ShouldBe(["say Server stopping in 3 minutes", "say Server stopping in 1 minute 30 seconds", "say Server stopping in 15 seconds"]);
    }

    [Fact]
    public async Task FailsWithTheConsolesReason_WhenTheServerHasNoConsole()
    {
        var server = _engine.Add("mc", openStdin: false);

        var sent = await Announcer().CountdownAsync(server, "say {message}", PowerAction.Restart, TimeSpan.FromSeconds(10), CancellationToken.None);

        sent.IsSuccess.ShouldBeFalse();
        sent.Errors[0].Message.ShouldContain("no console to write to");
    }

    [Fact]
    public void RejectsAMarkThatIsNoDuration_InTheSettings()
    {
        var options = new AnnouncementOptions { AnnounceMarks = ["5m", "soon"] };

        var problems = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).Select(r => r.ErrorMessage).ToList();

        problems.ShouldBe(["Games:AnnounceMarks:1 must be a duration such as 5m, 30s or 1h, not \"soon\"."]);
    }

    private ConsoleAnnouncer Announcer(params string[] marks) =>
        new(_engine, _time, Options.Create(new AnnouncementOptions { AnnounceMarks = marks.Length == 0 ? null : marks }));

    private async Task AdvanceAsync(TimeSpan by, int lines)
    {
        _time.Advance(by);
        await Eventually.HoldsAsync(() => _engine.ConsoleLines.Count == lines, $"{lines} announcement lines");
    }
}
