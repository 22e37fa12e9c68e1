namespace DiscordApi.Commands;

/// <summary>An option (or sub-command) of an application command.</summary>
public sealed record CommandOption(CommandOptionType Type, string Name, string Description)
{
    public bool Required { get; init; }

    public bool Autocomplete { get; init; }

    public IReadOnlyList<CommandChoice> Choices { get; init; } = [];

    /// <summary>Nested options of a sub-command or sub-command group.</summary>
    public IReadOnlyList<CommandOption> Options { get; init; } = [];

    public IReadOnlyList<int> ChannelTypes { get; init; } = [];

    public double? MinValue { get; init; }

    public double? MaxValue { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }
}
