using DiscordApi.Commands;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>Every command the bot knows, found by name or alias; the source of help and of the slash-command registration.</summary>
public sealed class CommandCatalog
{
    private readonly Dictionary<string, BotCommand> _byName = new(StringComparer.OrdinalIgnoreCase);

    public CommandCatalog(IEnumerable<BotCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        Commands = [.. commands];
        foreach (var command in Commands)
        {
            foreach (var name in command.Definition.Names)
            {
                if (!_byName.TryAdd(name, command))
                {
                    throw new ArgumentException($"Two commands are named '{name}'.", nameof(commands));
                }
            }
        }
    }

    public IReadOnlyList<BotCommand> Commands { get; }

    public static CommandCatalog Default { get; } = new([.. ServerCommands.All, .. ConsoleCommands.All, .. BackupCommands.All, .. ScheduleCommands.All, .. PermissionCommands.All, .. AuditCommands.All, .. BotCommands.All]);

    public BotCommand? Find(string name) => _byName.GetValueOrDefault(name);

    public string? Suggest(string typed) => Suggestions.Closest(typed, _byName.Keys.Select(k => k.ToLowerInvariant()));

    /// <summary>The slash commands to register: one per command, under its main name.</summary>
    public IReadOnlyList<ApplicationCommandDefinition> SlashCommands() =>
        [.. Commands.Select(c => new ApplicationCommandDefinition(c.Definition.Name, c.Definition.Summary)
        {
            Options = c.Definition.SlashOptions,
            Contexts = [0, 1],
        })];
}
