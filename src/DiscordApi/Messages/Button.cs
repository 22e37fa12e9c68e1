namespace DiscordApi.Messages;

/// <summary>A message button. Use <see cref="Create"/> for interactive buttons and <see cref="Link"/> for URL buttons.</summary>
public sealed record Button
{
    public ButtonStyle Style { get; init; } = ButtonStyle.Secondary;

    public string? Label { get; init; }

    /// <summary>Required (1-100 chars) for every style except <see cref="ButtonStyle.Link"/>; carries our state.</summary>
    public string? CustomId { get; init; }

    /// <summary>Required for <see cref="ButtonStyle.Link"/> only.</summary>
    public Uri? Url { get; init; }

    /// <summary>A Unicode emoji or a custom emoji as <c>name:id</c>.</summary>
    public string? Emoji { get; init; }

    public bool Disabled { get; init; }

    public static Button Create(ButtonStyle style, string customId, string label) =>
        new() { Style = style, CustomId = customId, Label = label };

    public static Button Link(Uri url, string label) =>
        new() { Style = ButtonStyle.Link, Url = url, Label = label };
}
