using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Backups;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.UnitTests.Presentation.Commands;

public sealed class CommandProgressTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void HasNoLine_UntilSomethingIsReported()
    {
        var progress = new CommandProgress(_time);
        progress.Reporter((p, _) => p.Stage);

        progress.Line().ShouldBeNull();
    }

    [Fact]
    public void ShowsTheLatestReport_WithTheTimeSinceTheFirst()
    {
        var progress = new CommandProgress(_time);
        var report = progress.Reporter((p, elapsed) => BackupReplies.BackingUp("mc", p, elapsed));
        report.Report(new JobProgress(JobStages.Written, 0));
        _time.Advance(TimeSpan.FromSeconds(38));

        report.Report(new JobProgress(JobStages.Written, 1_288_490_189));

        progress.Line().ShouldBe("💾 Backing up **mc**… 1.2 GiB written (38 s)");
    }

    [Fact]
    public void CountsTheTimeFromTheFirstReport_WhenTheCommandWaitedForAConfirmation()
    {
        var progress = new CommandProgress(_time);
        var report = progress.Reporter((p, elapsed) => BackupReplies.Restoring("mc", "base", p, elapsed));
        _time.Advance(TimeSpan.FromSeconds(20));

        report.Report(new JobProgress(JobStages.Verifying));
        _time.Advance(TimeSpan.FromSeconds(2));

        progress.Line().ShouldBe("♻️ Restoring `base` on **mc**… verifying the checksum (2 s)");
    }

    [Fact]
    public void KeepsTheTimeGoing_WhileAStageLasts()
    {
        var progress = new CommandProgress(_time);
        progress.Reporter((p, elapsed) => BackupReplies.Restoring("mc", "base", p, elapsed)).Report(new JobProgress(JobStages.Stopping));

        _time.Advance(TimeSpan.FromSeconds(62));

        progress.Line().ShouldBe("♻️ Restoring `base` on **mc**… stopping the server (1 min 2 s)");
    }
}
