namespace DiscordApi.Messages;

/// <summary>A top-level action row holding up to five buttons.</summary>
public sealed record ActionRow(IReadOnlyList<Button> Buttons)
{
    public static ActionRow Of(params Button[] buttons) => new(buttons);
}
