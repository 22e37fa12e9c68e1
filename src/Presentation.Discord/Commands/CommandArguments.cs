namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>
/// The arguments of one command, the same for both ways in: prefix commands give words and
/// <c>--flags</c>; slash commands give string options (split into words) and true boolean options (flags).
/// </summary>
public sealed record CommandArguments(IReadOnlyList<string> Words, IReadOnlySet<string> Flags)
{
    /// <summary>The text after the command name exactly as typed (for console lines, where quotes and spacing matter).</summary>
    public string Raw { get; init; } = string.Join(' ', Words);

    public static CommandArguments None { get; } = new([], new HashSet<string>());

    public static CommandArguments FromTokens(IEnumerable<string> tokens)
    {
        var words = new List<string>();
        var flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var token in tokens)
        {
            if (token.Length > 2 && token.StartsWith("--", StringComparison.Ordinal))
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
}
