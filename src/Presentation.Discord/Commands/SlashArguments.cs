using ServerStatus.Application.Common.Results;
using ServerStatus.Presentation.Discord.DiscordApi.Commands;
using ServerStatus.Presentation.Discord.DiscordApi.Events;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>Turns slash options into the same arguments a prefix command has: strings split into words, true booleans into flags.</summary>
public static class SlashArguments
{
    public static Result<CommandArguments> From(CommandDefinition definition, IReadOnlyList<InteractionOption> options)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(options);
        var words = new List<string>();
        var flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var declared in definition.SlashOptions)
        {
            var given = options.FirstOrDefault(o => string.Equals(o.Name, declared.Name, StringComparison.OrdinalIgnoreCase));
            switch (declared.Type)
            {
                case CommandOptionType.Boolean when given?.BooleanValue == true:
                    flags.Add(declared.Name);
                    break;
                case CommandOptionType.Integer when given?.IntegerValue is { } number:
                    words.Add(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case CommandOptionType.String when given?.StringValue is { } text:
                    var split = CommandTokenizer.Split(text);
                    if (!split.IsSuccess)
                    {
                        return Result<CommandArguments>.Fail(split.Errors);
                    }

                    words.AddRange(split.Value);
                    break;
            }
        }

        return new CommandArguments(words, flags);
    }

    /// <summary>For autocomplete: the words before the one being typed, and that partial word.</summary>
    public static (string Done, string Partial) SplitFocused(string? typed)
    {
        var text = typed ?? "";
        var cut = text.LastIndexOf(' ');
        return cut < 0 ? ("", text) : (text[..(cut + 1)], text[(cut + 1)..]);
    }
}
