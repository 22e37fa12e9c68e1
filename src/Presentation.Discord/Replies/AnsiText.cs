using System.Text.RegularExpressions;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>Removes terminal escape sequences (colours, cursor moves, titles) that servers print into their output.</summary>
public static partial class AnsiText
{
    public static string Strip(string text) => Escapes().Replace(text ?? "", "");

    // CSI sequences (ESC [ ... final), OSC sequences (ESC ] ... BEL or ESC \), and two-character escapes.
    [GeneratedRegex(@"\x1B\[[0-?]*[ -/]*[@-~]|\x1B\][^\x07\x1B]*(?:\x07|\x1B\\)|\x1B[@-Z\\-_]|\x9B[0-?]*[ -/]*[@-~]", RegexOptions.CultureInvariant)]
    private static partial Regex Escapes();
}
