using ServerStatus.Application.Backups;

namespace ServerStatus.TestSupport.Fakes;

public sealed class RecordingJobProgress : IJobProgress
{
    private readonly List<JobProgress> _reports = [];

    public IReadOnlyList<JobProgress> Reports
    {
        get
        {
            lock (_reports)
            {
                return [.. _reports];
            }
        }
    }

    public void Report(JobProgress progress)
    {
        lock (_reports)
        {
            _reports.Add(progress);
        }
    }
}
