namespace ServerStatus.Application.Backups;

/// <summary>
/// Reports a streaming stage with its byte count at once and then on a timer, so the stream itself does no
/// extra work per chunk. Once disposed it reports nothing more, so a late tick never overwrites the next stage.
/// </summary>
public sealed class ProgressTicker : IDisposable
{
    private readonly Lock _gate = new();
    private readonly IJobProgress _progress;
    private readonly string _stage;
    private readonly Func<long> _bytesDone;
    private readonly ITimer _timer;
    private bool _stopped;

    private ProgressTicker(IJobProgress progress, TimeProvider time, TimeSpan interval, string stage, Func<long> bytesDone)
    {
        _progress = progress;
        _stage = stage;
        _bytesDone = bytesDone;
        Tick();
        _timer = time.CreateTimer(_ => Tick(), null, interval, interval);
    }

    public static ProgressTicker Start(IJobProgress progress, TimeProvider time, TimeSpan interval, string stage, Func<long> bytesDone)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(bytesDone);
        return new ProgressTicker(progress, time, interval, stage, bytesDone);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _stopped = true;
        }

        _timer.Dispose();
    }

    private void Tick()
    {
        lock (_gate)
        {
            if (!_stopped)
            {
                _progress.Report(new JobProgress(_stage, _bytesDone()));
            }
        }
    }
}
