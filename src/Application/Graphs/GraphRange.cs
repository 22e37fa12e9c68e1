namespace ServerStatus.Application.Graphs;

/// <summary>How far back a graph looks: <c>1h</c>, <c>6h</c>, <c>24h</c> (the default), <c>7d</c> or <c>30d</c>.</summary>
public sealed record GraphRange(string Label, TimeSpan Length)
{
    public static GraphRange Hour { get; } = new("1h", TimeSpan.FromHours(1));

    public static GraphRange SixHours { get; } = new("6h", TimeSpan.FromHours(6));

    public static GraphRange Day { get; } = new("24h", TimeSpan.FromHours(24));

    public static GraphRange Week { get; } = new("7d", TimeSpan.FromDays(7));

    public static GraphRange Month { get; } = new("30d", TimeSpan.FromDays(30));

    public static GraphRange Default => Day;

    public static IReadOnlyList<GraphRange> All { get; } = [Hour, SixHours, Day, Week, Month];

    /// <summary>The range a word names (<c>24h</c>, also <c>1d</c> and <c>30D</c>), or null.</summary>
    public static GraphRange? Parse(string? text)
    {
        var word = text?.Trim().ToLowerInvariant();
        return word == "1d" ? Day : All.FirstOrDefault(r => r.Label == word);
    }

    /// <summary>Whether a word looks like a range rather than a server name (a number followed by h or d).</summary>
    public static bool LooksLikeRange(string text) =>
        text is { Length: >= 2 } && char.ToLowerInvariant(text[^1]) is 'h' or 'd' && text[..^1].All(char.IsAsciiDigit);

    public override string ToString() => Label;
}
