using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Servers.Announcements;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Servers;
using ServerStatus.TestSupport;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Servers;

public sealed class ConsoleAnnouncerTests
{
    private readonly InMemoryContainerEngine _engine = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 4, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AnnouncesTheLeadTime_ThenEveryShorterMark()
    {
        var announcer = Announcer();

        announcer.MarksWithin(TimeSpan.FromMinutes(5)).ShouldBe([TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10)]);
        announcer.MarksWithin(TimeSpan.FromMinutes(2)).ShouldBe([TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10)]);
        announcer.MarksWithin(TimeSpan.FromSeconds(10)).ShouldBe([TimeSpan.FromSeconds(10)]);
        Announcer("90s", "15s").MarksWithin(TimeSpan.FromMinutes(3)).ShouldBe([TimeSpan.FromMinutes(3), TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(15)]);
    }

    [Fact]
    public async Task SendsEachLineAtItsMark_AndReturnsWhenTheLeadTimeIsOver()
    {
        var server = _engine.Add("mc", openStdin: true);
        var announcing = Announcer().AnnounceAsync(server, "say [bot] {message}", TimeSpan.FromMinutes(2), left => $"Restart in {Durations.Spoken(left)}.", CancellationToken.None);
        _engine.ConsoleLines.ShouldBe(["local/mc: say [bot] Restart in 2 minutes."]);

        _time.Advance(TimeSpan.FromSeconds(59));
        _engine.ConsoleLines.Count.ShouldBe(1);
        await AdvanceAsync(TimeSpan.FromSeconds(1), lines: 2);
        await AdvanceAsync(TimeSpan.FromSeconds(30), lines: 3);
        await AdvanceAsync(TimeSpan.FromSeconds(20), lines: 4);
        announcing.IsCompleted.ShouldBeFalse();
        _time.Advance(TimeSpan.FromSeconds(10));

        var sent = await announcing.WaitAsync(TimeSpan.FromSeconds(10));
        sent.Value.ShouldBe(["say [bot] Restart in 2 minutes.", "say [bot] Restart in 1 minute.", "say [bot] Restart in 30 seconds.", "say [bot] Restart in 10 seconds."]);
        _engine.ConsoleLines.ShouldBe(sent.Value.Select(line => $"local/mc: {line}"));
    }

    [Fact]
    public async Task FailsWithTheConsolesReason_WhenTheServerHasNoConsole()
    {
        var server = _engine.Add("mc", openStdin: false);

        var sent = await Announcer().AnnounceAsync(server, "say {message}", TimeSpan.FromSeconds(10), _ => "soon", CancellationToken.None);

        sent.IsSuccess.ShouldBeFalse();
        sent.Errors[0].Message.ShouldContain("no console to write to");
    }

    [Fact]
    public async Task ReadsTheTemplateFromTheLabel_OrNoneWithoutIt()
    {
        var labelled = _engine.Add("mc");
        var plain = _engine.Add("web");
        _engine.Facts["mc"] = new ContainerFacts(labelled, ServerState.Running, HealthStatus.None, "img", "sha256:img", null, null, 0, null, false, null, "no", null)
        {
            Labels = new Dictionary<string, string> { [ConsoleAnnouncer.Label] = "say {message}" },
        };

        (await Announcer().TemplateAsync(labelled, CancellationToken.None)).Value.ShouldBe("say {message}");
        (await Announcer().TemplateAsync(plain, CancellationToken.None)).Value.ShouldBeNull();
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

    private Task AdvanceAsync(TimeSpan by, int lines)
    {
        _time.Advance(by);
        return Eventually.HoldsAsync(() => _engine.ConsoleLines.Count == lines, $"{lines} announcement(s) were sent");
    }
}
