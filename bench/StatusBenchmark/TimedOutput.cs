using System.Collections.Concurrent;
using System.Diagnostics;

namespace ServerStatus.StatusBenchmark;

/// <summary>A process whose output lines are kept with the <see cref="Stopwatch"/> time they arrived.</summary>
internal sealed class TimedOutput : IDisposable
{
    private readonly ConcurrentQueue<(long At, string Line)> _lines = new();

    private TimedOutput(Process process) => Process = process;

    public Process Process { get; }

    public string Output => string.Join('\n', Lines);

    public IEnumerable<string> Lines => _lines.Select(l => l.Line);

    /// <summary>Each line with the milliseconds from <paramref name="since"/> (a <see cref="Stopwatch"/> timestamp) to its arrival.</summary>
    public IEnumerable<string> Timeline(long since) =>
        _lines.Select(l => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Stopwatch.GetElapsedTime(since, l.At).TotalMilliseconds,8:0} ms  {l.Line}"));

    public static TimedOutput Start(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var output = new TimedOutput(Process.Start(start) ?? throw new InvalidOperationException("The bot's process did not start."));
        output.Process.OutputDataReceived += (_, e) => output.Add(e.Data);
        output.Process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        output.Process.BeginOutputReadLine();
        output.Process.BeginErrorReadLine();
        return output;
    }

    public bool Saw(string text) => _lines.Any(l => l.Line.Contains(text, StringComparison.Ordinal));

    public long? FirstAfter(long since, Func<string, bool> match) =>
        _lines.Where(l => l.At >= since && match(l.Line)).Select(l => (long?)l.At).FirstOrDefault();

    public void Dispose() => Process.Dispose();

    private void Add(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue((Stopwatch.GetTimestamp(), line));
        }
    }
}
