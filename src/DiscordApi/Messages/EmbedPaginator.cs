using System.Globalization;

namespace DiscordApi.Messages;

/// <summary>Spreads many embed fields over several embeds and messages, each within Discord's limits.</summary>
public static class EmbedPaginator
{
    private const string Ellipsis = "…";

    /// <summary>
    /// Packs <paramref name="fields"/> into pages of at most <paramref name="fieldsPerPage"/> fields (and the
    /// 6000-character total). Over-long names/values are shortened with an ellipsis rather than refused.
    /// With more than one page, titles get a " (n/m)" suffix.
    /// </summary>
    public static IReadOnlyList<Embed> Paginate(
        string title,
        IEnumerable<EmbedField> fields,
        int fieldsPerPage = DiscordLimits.EmbedFields,
        int? color = null,
        string? footer = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentOutOfRangeException.ThrowIfLessThan(fieldsPerPage, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fieldsPerPage, DiscordLimits.EmbedFields);
        const int TitleSuffixReserve = 12;
        var safeTitle = Shorten(title, DiscordLimits.EmbedTitleLength - TitleSuffixReserve);
        var safeFooter = footer is null ? null : Shorten(footer, DiscordLimits.EmbedFooterLength);
        var fixedLength = safeTitle.Length + TitleSuffixReserve + (safeFooter?.Length ?? 0);

        var pages = new List<List<EmbedField>>();
        var page = new List<EmbedField>();
        var pageLength = fixedLength;
        foreach (var raw in fields)
        {
            var field = new EmbedField(
                Shorten(raw.Name, DiscordLimits.EmbedFieldNameLength),
                Shorten(raw.Value, DiscordLimits.EmbedFieldValueLength),
                raw.Inline);
            var length = Embed.Measure(field.Name) + Embed.Measure(field.Value);
            if (page.Count > 0 && (page.Count == fieldsPerPage || pageLength + length > DiscordLimits.EmbedTotalLength))
            {
                pages.Add(page);
                page = [];
                pageLength = fixedLength;
            }

            page.Add(field);
            pageLength += length;
        }

        if (page.Count > 0 || pages.Count == 0)
        {
            pages.Add(page);
        }

        return pages.Select((p, i) => new Embed
        {
            Title = pages.Count == 1 ? safeTitle : string.Create(CultureInfo.InvariantCulture, $"{safeTitle} ({i + 1}/{pages.Count})"),
            Fields = p,
            Color = color,
            FooterText = safeFooter,
        }).ToArray();
    }

    /// <summary>Groups embeds into as few messages as possible (at most 10 embeds and 6000 characters each).</summary>
    public static IReadOnlyList<OutgoingMessage> ToMessages(IEnumerable<Embed> embeds, int embedsPerMessage = DiscordLimits.EmbedsPerMessage)
    {
        ArgumentNullException.ThrowIfNull(embeds);
        ArgumentOutOfRangeException.ThrowIfLessThan(embedsPerMessage, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(embedsPerMessage, DiscordLimits.EmbedsPerMessage);
        var messages = new List<OutgoingMessage>();
        var current = new List<Embed>();
        var total = 0;
        foreach (var embed in embeds)
        {
            MessageValidator.ValidateEmbed(embed);
            if (current.Count > 0 && (current.Count == embedsPerMessage || total + embed.TotalLength > DiscordLimits.EmbedTotalLength))
            {
                messages.Add(new OutgoingMessage { Embeds = current.ToArray() });
                current.Clear();
                total = 0;
            }

            current.Add(embed);
            total += embed.TotalLength;
        }

        if (current.Count > 0)
        {
            messages.Add(new OutgoingMessage { Embeds = current.ToArray() });
        }

        return messages;
    }

    private static string Shorten(string text, int max)
    {
        var trimmed = text.Trim();
        if (trimmed.Length <= max)
        {
            return trimmed;
        }

        var cut = max - Ellipsis.Length;
        if (char.IsHighSurrogate(trimmed[cut - 1]))
        {
            cut--;
        }

        return trimmed[..cut] + Ellipsis;
    }
}
