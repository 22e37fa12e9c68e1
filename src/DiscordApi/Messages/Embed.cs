namespace DiscordApi.Messages;

/// <summary>A rich embed as we send it; build it with <see cref="EmbedBuilder"/> to have the limits checked early.</summary>
public sealed record Embed
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public Uri? Url { get; init; }

    /// <summary>RGB colour, e.g. <c>0x2ECC71</c>.</summary>
    public int? Color { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public string? FooterText { get; init; }

    public string? AuthorName { get; init; }

    public IReadOnlyList<EmbedField> Fields { get; init; } = [];

    /// <summary>Characters counted towards the 6000 per-message total: title, description, field names and values, footer text and author name.</summary>
    public int TotalLength =>
        Measure(Title) + Measure(Description) + Measure(FooterText) + Measure(AuthorName)
        + Fields.Sum(f => Measure(f.Name) + Measure(f.Value));

    internal static int Measure(string? text) => text?.Trim().Length ?? 0;
}
