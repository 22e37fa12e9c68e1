using System.Globalization;
using DiscordApi.Messages;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>
/// Lists of lines as embed descriptions: as many lines per embed as fit, as many embeds per message
/// as fit, as many messages as needed. Whatever the number of lines, every message is within limits.
/// </summary>
public static class LineEmbeds
{
    private const int DescriptionBudget = DiscordLimits.EmbedDescriptionLength;

    public static IReadOnlyList<OutgoingMessage> Build(string title, IEnumerable<string> lines, int color, string? footer = null) =>
        [.. BuildMessages(title, [.. lines], color, footer).Select(m => m.Message)];

    /// <summary>
    /// As <see cref="Build"/>, saying which lines each message shows; no message shows more than <paramref name="linesPerMessage"/>
    /// lines (a message starts at every multiple of it), for messages whose components refer to what their lines show.
    /// </summary>
    public static IReadOnlyList<LineMessage> BuildMessages(string title, IReadOnlyList<string> lines, int color, string? footer = null, int linesPerMessage = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentOutOfRangeException.ThrowIfLessThan(linesPerMessage, 1);
        var pages = new List<(int First, List<string> Lines)>();
        var page = new List<string>();
        var first = 0;
        var length = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = ErrorReplies.Fit(lines[i], DescriptionBudget);
            if (page.Count > 0 && (length + line.Length + 1 > DescriptionBudget || i % linesPerMessage == 0))
            {
                pages.Add((first, page));
                page = [];
                first = i;
                length = 0;
            }

            page.Add(line);
            length += line.Length + 1;
        }

        pages.Add((first, page));
        var embeds = pages.Select((p, i) => new EmbedBuilder()
            .WithTitle(pages.Count == 1 ? title : string.Create(CultureInfo.InvariantCulture, $"{title} ({i + 1}/{pages.Count})"))
            .WithDescription(p.Lines.Count == 0 ? "Nothing to show." : string.Join("\n", p.Lines))
            .WithColor(color)
            .WithFooter(i == pages.Count - 1 ? footer : null)
            .Build()).ToList();

        // Within each run of linesPerMessage lines, as few messages as the limits allow; a message never spans two runs.
        var messages = new List<LineMessage>();
        foreach (var run in Enumerable.Range(0, pages.Count).GroupBy(i => pages[i].First / linesPerMessage))
        {
            var pageIndexes = run.ToList();
            var taken = 0;
            foreach (var message in EmbedPaginator.ToMessages(pageIndexes.Select(i => embeds[i])))
            {
                var shown = pageIndexes.GetRange(taken, message.Embeds.Count);
                taken += shown.Count;
                messages.Add(new LineMessage(message, pages[shown[0]].First, shown.Sum(i => pages[i].Lines.Count)));
            }
        }

        return messages;
    }
}
