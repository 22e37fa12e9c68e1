using DiscordApi.Commands;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>
/// What help shows about a command and how it is registered as a slash command: the one declaration of a command.
/// Who may use it is not declared here but read from the application message it sends (<see cref="IBotCommand.Requirement"/>).
/// </summary>
public sealed record CommandInfo(string Name, string Group, string Summary, string Usage)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<string> Examples { get; init; } = [];

    /// <summary>
    /// Its messages say who may do what: typed in a guild channel, the request is deleted after a countdown,
    /// the answer goes by DM, and slash answers are ephemeral.
    /// </summary>
    public bool Sensitive { get; init; }

    /// <summary>How its input is read: words and options (the default), a command line, or text sent as typed.</summary>
    public ArgumentStyle Arguments { get; init; } = ArgumentStyle.Words;

    /// <summary>Options the prefix form accepts (without <c>--</c>); any other option is refused.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>Slash options in the order their values become words; boolean options become flags.</summary>
    public IReadOnlyList<CommandOption> SlashOptions { get; init; } = [];

    /// <summary>
    /// Slash options whose value is read after its name, as chat writes it (<c>for 2h</c>): their name becomes a word
    /// before their value.
    /// </summary>
    public IReadOnlyList<string> KeywordOptions { get; init; } = [];

    /// <summary>
    /// Slash options that stand for a chat option of the same name, <c>_</c> written <c>-</c>: given (a boolean: true),
    /// they set it (<c>when_empty</c> is <c>--when-empty</c>), and a text value becomes words in their place
    /// (<c>in:5m</c> reads as <c>--in 5m</c>).
    /// </summary>
    public IReadOnlyList<string> FlagOptions { get; init; } = [];

    public IEnumerable<string> Names => Aliases.Prepend(Name);
}
