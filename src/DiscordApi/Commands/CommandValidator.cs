using System.Globalization;
using DiscordApi.Messages;

namespace DiscordApi.Commands;

/// <summary>Checks command definitions against Discord's rules before a bulk overwrite (fails with <see cref="DiscordLimitException"/>).</summary>
public static class CommandValidator
{
    private const int MaxOptions = 25;
    private const int MaxChoices = 25;
    private const int MaxTotalLength = 8000;
    private const int MaxGlobalSlashCommands = 100;

    public static void Validate(IReadOnlyList<ApplicationCommandDefinition> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        if (commands.Count(c => c.Type == ApplicationCommandType.ChatInput) > MaxGlobalSlashCommands)
        {
            throw new DiscordLimitException("commands", $"at most {MaxGlobalSlashCommands} slash commands");
        }

        var names = new HashSet<(ApplicationCommandType, string)>();
        for (var i = 0; i < commands.Count; i++)
        {
            var path = Index(i);
            Validate(commands[i], path);
            if (!names.Add((commands[i].Type, commands[i].Name)))
            {
                throw new DiscordLimitException(path + ".name", $"'{commands[i].Name}' is defined twice");
            }
        }
    }

    public static void Validate(ApplicationCommandDefinition command, string path = "command")
    {
        ArgumentNullException.ThrowIfNull(command);
        CheckName(command.Name, path + ".name", command.Type == ApplicationCommandType.ChatInput);
        if (command.Type == ApplicationCommandType.ChatInput)
        {
            CheckLength(command.Description, 1, 100, path + ".description");
        }
        else if (command.Description.Length != 0 || command.Options.Count != 0)
        {
            throw new DiscordLimitException(path, "user and message commands take no description and no options");
        }

        ValidateOptions(command.Options, path + ".options");
        var total = command.Name.Length + command.Description.Length + command.Options.Sum(TotalLength);
        if (total > MaxTotalLength)
        {
            throw new DiscordLimitException(path, $"names, descriptions and choice values must total at most {MaxTotalLength} characters, were {total}");
        }
    }

    private static void ValidateOptions(IReadOnlyList<CommandOption> options, string path)
    {
        if (options.Count > MaxOptions)
        {
            throw new DiscordLimitException(path, $"at most {MaxOptions} options, was {options.Count}");
        }

        var seenOptional = false;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Count; i++)
        {
            var option = options[i];
            var optionPath = path + "." + i.ToString(CultureInfo.InvariantCulture);
            CheckName(option.Name, optionPath + ".name", lowercase: true);
            CheckLength(option.Description, 1, 100, optionPath + ".description");
            if (!names.Add(option.Name))
            {
                throw new DiscordLimitException(optionPath + ".name", $"'{option.Name}' is used twice");
            }

            var isSub = option.Type is CommandOptionType.SubCommand or CommandOptionType.SubCommandGroup;
            if (!isSub)
            {
                if (option.Required && seenOptional)
                {
                    throw new DiscordLimitException(optionPath + ".required", "required options must come before optional ones");
                }

                seenOptional |= !option.Required;
            }
            else if (option.Required)
            {
                throw new DiscordLimitException(optionPath + ".required", "sub-commands cannot be required");
            }

            if (option.Autocomplete && option.Choices.Count > 0)
            {
                throw new DiscordLimitException(optionPath + ".autocomplete", "autocomplete cannot be combined with choices");
            }

            if (option.Choices.Count > MaxChoices)
            {
                throw new DiscordLimitException(optionPath + ".choices", $"at most {MaxChoices} choices, was {option.Choices.Count}");
            }

            for (var c = 0; c < option.Choices.Count; c++)
            {
                var choicePath = optionPath + ".choices." + c.ToString(CultureInfo.InvariantCulture);
                CheckLength(option.Choices[c].Name, 1, 100, choicePath + ".name");
                if (option.Choices[c].Value is string s)
                {
                    CheckLength(s, 1, 100, choicePath + ".value");
                }
            }

            if (option.Options.Count > 0 && !isSub)
            {
                throw new DiscordLimitException(optionPath + ".options", "only sub-commands and groups have nested options");
            }

            ValidateOptions(option.Options, optionPath + ".options");
        }
    }

    private static int TotalLength(CommandOption option) =>
        option.Name.Length + option.Description.Length
        + option.Choices.Sum(c => c.Name.Length + (c.Value as string ?? Convert.ToString(c.Value, CultureInfo.InvariantCulture) ?? "").Length)
        + option.Options.Sum(TotalLength);

    private static void CheckName(string name, string path, bool lowercase)
    {
        CheckLength(name, 1, 32, path);
        if (lowercase && (!name.Equals(name.ToLowerInvariant(), StringComparison.Ordinal)
            || name.Any(ch => !(char.IsLetterOrDigit(ch) || ch is '-' or '_' or '\''))))
        {
            throw new DiscordLimitException(path, $"'{name}' must be lowercase letters, digits, '-', '_' or '''");
        }
    }

    private static void CheckLength(string? text, int min, int max, string path)
    {
        var length = text?.Length ?? 0;
        if (length < min || length > max)
        {
            throw new DiscordLimitException(path, $"must be {min}-{max} characters, was {length}");
        }
    }

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
