using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Backups;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Backups;

public sealed class JobProgressRelayTests
{
    [Fact]
    public void DropsReports_WhenNoListenerIsSet()
    {
        var relay = new JobProgressRelay();

        Should.NotThrow(() => relay.Report(new JobProgress(JobStages.Verifying)));
    }

    [Fact]
    public void PassesReports_ToTheListenerSetForItsScope()
    {
        var relay = new JobProgressRelay();
        var listener = new RecordingListener();
        relay.Set(listener);

        relay.Report(new JobProgress(JobStages.Written, 42));

        listener.Reports.ShouldBe([new JobProgress(JobStages.Written, 42)]);
    }

    [Fact]
    public void TickerStopsReporting_WhenDisposed()
    {
        var time = new FakeTimeProvider();
        var progress = new RecordingJobProgress();
        var bytes = 0L;
        var ticker = ProgressTicker.Start(progress, time, TimeSpan.FromSeconds(1), JobStages.Restored, () => bytes);
        bytes = 7;
        time.Advance(TimeSpan.FromSeconds(1));

        ticker.Dispose();
        bytes = 9;
        time.Advance(TimeSpan.FromSeconds(3));

        progress.Reports.ShouldBe([new JobProgress(JobStages.Restored, 0), new JobProgress(JobStages.Restored, 7)]);
    }

    private sealed class RecordingListener : IProgress<JobProgress>
    {
        public List<JobProgress> Reports { get; } = [];

        public void Report(JobProgress value) => Reports.Add(value);
    }
}
