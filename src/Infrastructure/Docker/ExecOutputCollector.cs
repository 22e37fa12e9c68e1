using System.Globalization;
using System.Text;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>
/// The combined output of an exec, bounded in size, with the PID line our wrapper prints first taken
/// out of it (it is for killing the command on timeout, not for the user).
/// </summary>
public sealed class ExecOutputCollector(int maxChars) : IOutputSink
{
    public const string PidMarker = "serverstatus-pid:";

    private readonly StringBuilder _text = new();
    private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
    private bool _markerChecked;

    public int? Pid { get; private set; }

    public bool Truncated { get; private set; }

    public string Text => _text.ToString();

    public void Add(bool isStderr, ReadOnlySpan<byte> bytes)
    {
        var chars = new char[_decoder.GetCharCount(bytes, flush: false)];
        _decoder.GetChars(bytes, chars, flush: false);
        var text = new string(chars);
        if (!_markerChecked && isStderr && text.StartsWith(PidMarker, StringComparison.Ordinal))
        {
            _markerChecked = true;
            var end = text.IndexOf('\n', StringComparison.Ordinal);
            var digits = end < 0 ? text[PidMarker.Length..] : text[PidMarker.Length..end];
            Pid = int.TryParse(digits.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
            text = end < 0 ? "" : text[(end + 1)..];
        }

        var room = maxChars - _text.Length;
        if (text.Length > room)
        {
            Truncated = true;
            text = text[..Math.Max(0, room)];
        }

        _text.Append(text);
    }
}
