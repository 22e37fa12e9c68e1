namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>
/// Reads prefix commands (<c>$restart mc</c>) and commands addressed by mention (<c>@bot restart mc</c>): finds the
/// command and splits its arguments. Messages not addressed to the bot give null.
/// </summary>
public sealed class PrefixCommandParser(CommandCatalog catalog)
{
    public PrefixParse? Parse(string content, string prefix, ulong botUserId)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (rest, mentioned) = StripAddress(content.TrimStart(), prefix, botUserId);
        if (rest is null)
        {
            return null;
        }

        var tokens = CommandTokenizer.Split(rest);
        if (!tokens.IsSuccess)
        {
            // "cmd mc say don't" is a console line, not shell syntax: split it on white space only.
            var parts = rest.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return parts.Length == 2 && catalog.Find(parts[0]) is { Info.Arguments: ArgumentStyle.RawText }
                ? Resolve(parts[0], parts[1].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), prefix, parts[1])
                : PrefixParse.Unreadable(tokens.Errors[0].Message);
        }

        if (tokens.Value.Count == 0)
        {
            // "@bot" alone: show what the bot can do; a lone prefix is just punctuation.
            return mentioned ? Resolve("help", [], prefix) : null;
        }

        // "$5 for pizza" is not a command: names start with a letter.
        var name = tokens.Value[0];
        var raw = rest.TrimStart();
        raw = raw.Length > name.Length && raw.StartsWith(name, StringComparison.Ordinal) ? raw[name.Length..].TrimStart() : "";
        return char.IsAsciiLetter(name[0]) ? Resolve(name, tokens.Value.Skip(1), prefix, raw) : null;
    }

    private PrefixParse Resolve(string name, IEnumerable<string> argumentTokens, string prefix, string raw = "")
    {
        var command = catalog.Find(name);
        if (command is null)
        {
            var suggestion = catalog.Suggest(name);
            var hint = suggestion is null ? "" : $" Did you mean `{prefix}{suggestion}`?";
            return PrefixParse.Unreadable($"Unknown command `{Shorten(name)}`.{hint}");
        }

        return PrefixParse.Found(command, CommandArguments.FromTokens(argumentTokens, command.Info.Arguments) with { Raw = raw });
    }

    private static (string? Remainder, bool Mentioned) StripAddress(string content, string prefix, ulong botUserId)
    {
        if (prefix.Length > 0 && content.StartsWith(prefix, StringComparison.Ordinal))
        {
            return (content[prefix.Length..], false);
        }

        foreach (var mention in new[] { $"<@{botUserId}>", $"<@!{botUserId}>" })
        {
            if (botUserId != 0 && content.StartsWith(mention, StringComparison.Ordinal))
            {
                return (content[mention.Length..], true);
            }
        }

        return (null, false);
    }

    private static string Shorten(string name) => name.Length <= 32 ? name : name[..32] + "…";
}
