namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>
/// The arguments of one command, the same for both ways in: prefix commands give words and <c>--flags</c>; slash
/// commands give string options (split into words), sub-commands (a first word) and true boolean options (flags).
/// </summary>
public sealed record CommandArguments(IReadOnlyList<string> Words, IReadOnlySet<string> Flags)
{
    /// <summary>The text after the command name exactly as typed (for console lines, where quotes and spacing matter).</summary>
    public string Raw { get; init; } = string.Join(' ', Words);

    /// <summary>
    /// The language to format for, as a culture name (<c>de</c>, <c>en-US</c>): the user's locale, else the guild's, where
    /// the interaction gives one; null for prefix commands.
    /// </summary>
    public string? Locale { get; init; }

    public static CommandArguments None { get; } = new([], new HashSet<string>());

    /// <summary>Words from tokens; <c>--name</c> tokens become flags when the command reads words and options.</summary>
    public static CommandArguments FromTokens(IEnumerable<string> tokens, ArgumentStyle style = ArgumentStyle.Words)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var words = new List<string>();
        var flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var token in tokens)
        {
            if (style == ArgumentStyle.Words && token.Length > 2 && token.StartsWith("--", StringComparison.Ordinal))
            {
                flags.Add(token[2..]);
            }
            else
            {
                words.Add(token);
            }
        }

        return new CommandArguments(words, flags);
    }

    public bool Has(string flag) => Flags.Contains(flag);

    /// <summary>The first word, lower case, or null when there are no words.</summary>
    public string? FirstWord => Words.Count > 0 ? Words[0].ToLowerInvariant() : null;

    /// <summary>What follows the first word: the arguments of the sub-command it names.</summary>
    public CommandArguments AfterFirstWord() => new([.. Words.Skip(1)], Flags) { Raw = TextAfterFirstWord(Raw), Locale = Locale };

    private static string TextAfterFirstWord(string raw)
    {
        var trimmed = raw.TrimStart();
        var end = trimmed.IndexOfAny([' ', '\t']);
        return end < 0 ? "" : trimmed[(end + 1)..].TrimStart();
    }
}
