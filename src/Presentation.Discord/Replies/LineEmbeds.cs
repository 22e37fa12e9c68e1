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

    public static IReadOnlyList<OutgoingMessage> Build(string title, IEnumerable<string> lines, int color, string? footer = null)
    {
        var pages = new List<List<string>>();
        var page = new List<string>();
        var length = 0;
        foreach (var raw in lines)
        {
            var line = ErrorReplies.Fit(raw, DescriptionBudget);
            if (page.Count > 0 && length + line.Length + 1 > DescriptionBudget)
            {
                pages.Add(page);
                page = [];
                length = 0;
            }

            page.Add(line);
            length += line.Length + 1;
        }

        pages.Add(page);
        var embeds = pages.Select((p, i) => new EmbedBuilder()
            .WithTitle(pages.Count == 1 ? title : string.Create(CultureInfo.InvariantCulture, $"{title} ({i + 1}/{pages.Count})"))
            .WithDescription(p.Count == 0 ? "Nothing to show." : string.Join("\n", p))
            .WithColor(color)
            .WithFooter(i == pages.Count - 1 ? footer : null)
            .Build());
        return EmbedPaginator.ToMessages(embeds);
    }
}
