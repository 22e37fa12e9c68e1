using System.Globalization;
using DiscordApi.Commands;
using DiscordApi.Events;
using ServerStatus.Application.Common.Results;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>
/// Turns slash options into the same arguments a prefix command has: a sub-command becomes the first
/// word, strings are split into words, users and roles become mentions, true booleans become flags, and options that
/// stand for a chat option (<see cref="CommandInfo.FlagOptions"/>) set it.
/// </summary>
public static class SlashArguments
{
    public static Result<CommandArguments> From(CommandInfo command, InteractionData data)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(data);
        var words = new List<string>();
        var flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var raw = new List<string>();
        var problem = Collect(command.SlashOptions, data.Options, data, words, flags, raw, command);
        return problem is null ? new CommandArguments(words, flags) { Raw = string.Join(' ', raw) } : problem;
    }

    /// <summary>The option being typed (autocomplete), at any depth.</summary>
    public static InteractionOption? Focused(IReadOnlyList<InteractionOption> options) =>
        options.FirstOrDefault(o => o.Focused) ?? options.Select(o => Focused(o.Options)).FirstOrDefault(o => o is not null);

    /// <summary>For autocomplete: the words before the one being typed, and that partial word.</summary>
    public static (string Done, string Partial) SplitFocused(string? typed)
    {
        var text = typed ?? "";
        var cut = text.LastIndexOf(' ');
        return cut < 0 ? ("", text) : (text[..(cut + 1)], text[(cut + 1)..]);
    }

    // The chat option a slash option stands for (when_empty: when-empty), or null when it stands for none.
    private static string? ChatFlag(CommandInfo command, string option) =>
        command.FlagOptions.Contains(option, StringComparer.OrdinalIgnoreCase) ? option.Replace('_', '-') : null;

    private static Error? Collect(IReadOnlyList<CommandOption> declared, IReadOnlyList<InteractionOption> given, InteractionData data, List<string> words, HashSet<string> flags, List<string> raw, CommandInfo command)
    {
        var rawText = command.Arguments == ArgumentStyle.RawText;
        foreach (var option in declared)
        {
            var value = given.FirstOrDefault(o => string.Equals(o.Name, option.Name, StringComparison.OrdinalIgnoreCase));
            if (value is null)
            {
                continue;
            }

            if (Mistyped(option.Type, value) is { } expected)
            {
                return Error.Invalid($"The `{option.Name}` option takes {expected}.");
            }

            switch (option.Type)
            {
                case CommandOptionType.SubCommand or CommandOptionType.SubCommandGroup:
                    words.Add(option.Name);
                    raw.Add(option.Name);
                    return Collect(option.Options, value.Options, data, words, flags, raw, command);
                case CommandOptionType.Boolean when value.BooleanValue == true:
                    flags.Add(ChatFlag(command, option.Name) ?? option.Name);
                    break;
                case CommandOptionType.Integer when value.IntegerValue is { } number:
                    words.Add(number.ToString(CultureInfo.InvariantCulture));
                    raw.Add(words[^1]);
                    break;
                case CommandOptionType.User or CommandOptionType.Role or CommandOptionType.Mentionable when value.StringValue is { } id:
                    words.Add(IsRole(option.Type, id, data) ? $"<@&{id}>" : $"<@{id}>");
                    raw.Add(words[^1]);
                    break;
                case CommandOptionType.Channel when value.StringValue is { } id:
                    words.Add($"<#{id}>");
                    raw.Add(words[^1]);
                    break;
                case CommandOptionType.String when value.StringValue is { } text:
                    if (command.KeywordOptions.Contains(option.Name, StringComparer.OrdinalIgnoreCase))
                    {
                        words.Add(option.Name);
                    }

                    if (ChatFlag(command, option.Name) is { } flag)
                    {
                        flags.Add(flag);
                    }

                    var split = CommandTokenizer.Split(text);
                    if (!split.IsSuccess && !rawText)
                    {
                        return split.Errors[0];
                    }

                    words.AddRange(split.IsSuccess ? split.Value : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                    raw.Add(text);
                    break;
            }
        }

        return null;
    }

    /// <summary>
    /// What the option takes, when the value given is of another kind (a stale or forged command); else null. Judged by
    /// the value, not by the type number sent with it: a user or role arrives as an id in a string either way.
    /// </summary>
    private static string? Mistyped(CommandOptionType type, InteractionOption value)
    {
        var fits = type switch
        {
            CommandOptionType.String => value.StringValue is not null,
            CommandOptionType.Integer => value.IntegerValue is not null,
            CommandOptionType.Number => value.NumberValue is not null || value.IntegerValue is not null,
            CommandOptionType.Boolean => value.BooleanValue is not null,
            CommandOptionType.User or CommandOptionType.Role or CommandOptionType.Mentionable or CommandOptionType.Channel =>
                ulong.TryParse(value.StringValue, NumberStyles.None, CultureInfo.InvariantCulture, out _),
            _ => true,
        };
        return fits ? null : type switch
        {
            CommandOptionType.String => "text",
            CommandOptionType.Integer => "a whole number",
            CommandOptionType.Number => "a number",
            CommandOptionType.Boolean => "true or false",
            CommandOptionType.User => "a user",
            CommandOptionType.Role => "a role",
            CommandOptionType.Mentionable => "a user or a role",
            CommandOptionType.Channel => "a channel",
            _ => type.ToString().ToLowerInvariant(),
        };
    }

    private static bool IsRole(CommandOptionType type, string id, InteractionData data) =>
        type == CommandOptionType.Role
        || (type == CommandOptionType.Mentionable && ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && data.ResolvedRoleIds.Contains(value));
}
