namespace DiscordApi.Messages;

/// <summary>One choice of a <see cref="SelectMenu"/>: the user sees <see cref="Label"/>, the interaction carries <see cref="Value"/> (each 1-100 characters).</summary>
public sealed record SelectOption(string Label, string Value)
{
    /// <summary>A second line under the label; at most 100 characters.</summary>
    public string? Description { get; init; }

    /// <summary>A Unicode emoji or a custom emoji as <c>name:id</c>.</summary>
    public string? Emoji { get; init; }

    /// <summary>Shown as picked when the message is displayed.</summary>
    public bool IsDefault { get; init; }
}
