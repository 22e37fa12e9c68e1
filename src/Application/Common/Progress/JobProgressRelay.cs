using ServerStatus.Application.Common.Ports;

namespace ServerStatus.Application.Common.Progress;

/// <summary>
/// Scoped <see cref="IJobProgress"/>: entry points call <see cref="Set"/> once per scope (like <c>CurrentActor</c>)
/// to pass the reports of this one request to a listener; without one they are dropped.
/// </summary>
public sealed class JobProgressRelay : IJobProgress
{
    private volatile IProgress<JobProgress>? _listener;

    public void Set(IProgress<JobProgress>? listener) => _listener = listener;

    public void Report(JobProgress progress) => _listener?.Report(progress);
}
