using System.Text;

namespace DiscordApi.Messages;

/// <summary>Turns text that is too long for one message into something Discord accepts, instead of failing.</summary>
public static class MessageSplitter
{
    private const string Fence = "```";

    /// <summary>
    /// Splits <paramref name="text"/> into chunks of at most <paramref name="maxLength"/> characters, cutting at line
    /// boundaries; a single line longer than the limit is cut hard (never inside a surrogate pair).
    /// </summary>
    public static IReadOnlyList<string> SplitContent(string text, int maxLength = DiscordLimits.ContentLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var chunks = new List<string>();
        var current = new StringBuilder();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine;
            var separator = current.Length == 0 ? 0 : 1;
            if (current.Length + separator + line.Length <= maxLength)
            {
                if (separator == 1)
                {
                    current.Append('\n');
                }

                current.Append(line);
                continue;
            }

            if (current.Length > 0)
            {
                chunks.Add(current.ToString());
                current.Clear();
            }

            while (line.Length > maxLength)
            {
                var cut = maxLength;
                if (char.IsHighSurrogate(line[cut - 1]))
                {
                    cut--;
                }

                chunks.Add(line[..cut]);
                line = line[cut..];
            }

            current.Append(line);
        }

        if (current.Length > 0 || chunks.Count == 0)
        {
            chunks.Add(current.ToString());
        }

        return chunks;
    }

    /// <summary>Content messages for a long text: one message per chunk (see <see cref="SplitContent"/>).</summary>
    public static IReadOnlyList<OutgoingMessage> ToMessages(string text) =>
        SplitContent(text).Where(c => c.Length > 0).Select(c => new OutgoingMessage { Content = c }).ToArray();

    /// <summary>
    /// Shows <paramref name="code"/> as a fenced code block when it fits in one message, otherwise attaches it as
    /// <paramref name="fileName"/> with a short note as content.
    /// </summary>
    public static OutgoingMessage CodeBlockOrFile(string code, string fileName, string language = "", string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var prefix = string.IsNullOrEmpty(caption) ? "" : caption + "\n";
        var block = $"{prefix}{Fence}{language}\n{code}\n{Fence}";
        if (block.Length <= DiscordLimits.ContentLength && !code.Contains(Fence, StringComparison.Ordinal))
        {
            return new OutgoingMessage { Content = block };
        }

        var note = $"{prefix}Output is attached as {fileName} ({code.Length} characters).";
        if (note.Length > DiscordLimits.ContentLength)
        {
            note = note[..DiscordLimits.ContentLength];
        }

        return new OutgoingMessage
        {
            Content = note,
            Attachments = [new FileAttachment(fileName, Encoding.UTF8.GetBytes(code))],
        };
    }
}
