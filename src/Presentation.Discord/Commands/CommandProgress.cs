using ServerStatus.Application.Backups;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>
/// The progress of one running command as a line of text, which its reply target shows while it waits.
/// The command turns the application's reports into that line with <see cref="Reporter"/>; commands that
/// report nothing have no line. The time shown counts from the first report, when the work began (not from a
/// confirmation prompt that waited for its answer).
/// </summary>
public sealed class CommandProgress(TimeProvider time)
{
    private const long NotStarted = long.MinValue;

    private long _started = NotStarted;
    private volatile Func<TimeSpan, string>? _line;

    /// <summary>A listener for the application's reports; the line shows the latest one through <paramref name="format"/> (with the time since the first).</summary>
    public IProgress<JobProgress> Reporter(Func<JobProgress, TimeSpan, string> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return new Listener(this, format);
    }

    /// <summary>The line to show now, or null while nothing was reported.</summary>
    public string? Line() => _line?.Invoke(time.GetElapsedTime(Interlocked.Read(ref _started)));

    private void Show(Func<TimeSpan, string> line)
    {
        Interlocked.CompareExchange(ref _started, time.GetTimestamp(), NotStarted);
        _line = line;
    }

    private sealed class Listener(CommandProgress owner, Func<JobProgress, TimeSpan, string> format) : IProgress<JobProgress>
    {
        public void Report(JobProgress value) => owner.Show(elapsed => format(value, elapsed));
    }
}
