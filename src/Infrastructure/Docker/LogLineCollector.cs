using System.Text;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>
/// Collects the lines of stdout and stderr frames in arrival order, keeping only the last N. Each
/// stream keeps its own partial line, so interleaved frames never glue half-lines together. <paramref name="onLine"/>, when
/// given, sees each whole line as it completes.
/// </summary>
public sealed class LogLineCollector(int keep, Action<string>? onLine = null) : IOutputSink
{
    private readonly Queue<string> _lines = new();
    private readonly StringBuilder[] _partial = [new(), new()];
    private readonly Decoder[] _decoders = [Encoding.UTF8.GetDecoder(), Encoding.UTF8.GetDecoder()];

    public void Add(bool isStderr, ReadOnlySpan<byte> bytes)
    {
        var stream = isStderr ? 1 : 0;
        var chars = new char[_decoders[stream].GetCharCount(bytes, flush: false)];
        _decoders[stream].GetChars(bytes, chars, flush: false);
        foreach (var c in chars)
        {
            if (c == '\n')
            {
                Push(_partial[stream].ToString().TrimEnd('\r'));
                _partial[stream].Clear();
            }
            else
            {
                _partial[stream].Append(c);
            }
        }
    }

    public IReadOnlyList<string> Finish()
    {
        foreach (var partial in _partial.Where(p => p.Length > 0))
        {
            Push(partial.ToString());
            partial.Clear();
        }

        return [.. _lines];
    }

    private void Push(string line)
    {
        onLine?.Invoke(line);
        _lines.Enqueue(line);
        while (_lines.Count > keep)
        {
            _lines.Dequeue();
        }
    }
}
