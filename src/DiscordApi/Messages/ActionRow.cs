namespace DiscordApi.Messages;

/// <summary>A top-level action row: up to five <see cref="Buttons"/>, or exactly one <see cref="Select"/> menu (and no buttons).</summary>
public sealed record ActionRow(IReadOnlyList<Button> Buttons)
{
    /// <summary>The row's select menu; a row with one has no buttons.</summary>
    public SelectMenu? Select { get; init; }

    public static ActionRow Of(params Button[] buttons) => new(buttons);

    public static ActionRow Of(SelectMenu select) => new([]) { Select = select };
}
