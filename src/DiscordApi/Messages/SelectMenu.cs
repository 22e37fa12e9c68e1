namespace DiscordApi.Messages;

/// <summary>
/// A string select menu (component type 3): the user picks between <see cref="MinValues"/> and <see cref="MaxValues"/>
/// of its 1-25 <see cref="Options"/>, and the interaction carries the picked options' values. It fills an action row alone.
/// </summary>
/// <param name="CustomId">1-100 characters, unique within the message; carries our state.</param>
public sealed record SelectMenu(string CustomId, IReadOnlyList<SelectOption> Options)
{
    /// <summary>Shown while nothing is picked; at most 150 characters.</summary>
    public string? Placeholder { get; init; }

    /// <summary>0-25; at most <see cref="MaxValues"/>.</summary>
    public int MinValues { get; init; } = 1;

    /// <summary>1-25; at most the number of options.</summary>
    public int MaxValues { get; init; } = 1;

    public bool Disabled { get; init; }

    /// <summary>A menu to pick exactly one of <paramref name="options"/>.</summary>
    public static SelectMenu Create(string customId, IEnumerable<SelectOption> options, string? placeholder = null) =>
        new(customId, [.. options]) { Placeholder = placeholder };
}
