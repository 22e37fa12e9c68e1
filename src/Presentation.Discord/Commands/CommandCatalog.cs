using DiscordApi.Commands;
using ServerStatus.Application.Servers;
using ServerStatus.Presentation.Discord.Commands.Audit;
using ServerStatus.Presentation.Discord.Commands.Backups;
using ServerStatus.Presentation.Discord.Commands.Board;
using ServerStatus.Presentation.Discord.Commands.Console;
using ServerStatus.Presentation.Discord.Commands.General;
using ServerStatus.Presentation.Discord.Commands.Graphs;
using ServerStatus.Presentation.Discord.Commands.Permissions;
using ServerStatus.Presentation.Discord.Commands.Servers;
using ServerStatus.Presentation.Discord.Commands.Watch;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>
/// Every command the bot knows, in the order help lists them and slash commands are registered; found by name or
/// alias. A new command is one line here.
/// </summary>
public sealed class CommandCatalog
{
    private readonly Dictionary<string, IBotCommand> _byName = new(StringComparer.OrdinalIgnoreCase);

    public CommandCatalog(IEnumerable<IBotCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        Commands = [.. commands];
        foreach (var command in Commands)
        {
            foreach (var name in command.Info.Names)
            {
                if (!_byName.TryAdd(name, command))
                {
                    throw new ArgumentException($"Two commands are named '{name}'.", nameof(commands));
                }
            }
        }
    }

    public static CommandCatalog Default { get; } = new(
    [
        new StatusCommand(),
        new PowerCommand(PowerAction.Start),
        new PowerCommand(PowerAction.Stop),
        new PowerCommand(PowerAction.Restart),
        new PowerCommand(PowerAction.Kill),
        new Pending.CancelCommand(),
        new Pending.PendingCommand(),
        new CmdCommand(),
        new ExecCommand(),
        new LogsCommand(),
        new GraphCommand(),
        new BackupCommand(),
        new DeleteBackupCommand(),
        new BackupsCommand(),
        new RestoreCommand(),
        new SetScheduleCommand(),
        new ListSchedulesCommand(),
        new RemoveScheduleCommand(),
        new PowerScheduleCommand(Domain.Schedules.PowerScheduleKind.Restart),
        new PowerScheduleCommand(Domain.Schedules.PowerScheduleKind.Stop),
        new PowerScheduleCommand(Domain.Schedules.PowerScheduleKind.Start),
        new ChainScheduleCommand(),
        new AlertsCommand(),
        .. AlertsCommand.Family,
        new MaintenanceCommand(),
        .. MaintenanceCommand.Family,
        new BoardCommand(),
        .. BoardCommand.Family,
        new Updates.UpdatesCommand(),
        new Updates.UpdateServerCommand(),
        .. Updates.UpdatesCommand.Family,
        new Updates.RollbackCommand(),
        PermissionsCommands.Group,
        AdminsCommands.Group,
        new AuditCommand(),
        new HelpCommand(),
        new UptimeCommand(),
    ]);

    public IReadOnlyList<IBotCommand> Commands { get; }

    public IBotCommand? Find(string name) => _byName.GetValueOrDefault(name);

    public string? Suggest(string typed) => Suggestions.Closest(typed, _byName.Keys.Select(k => k.ToLowerInvariant()));

    /// <summary>The slash commands to register: one per command, under its main name.</summary>
    public IReadOnlyList<ApplicationCommandDefinition> SlashCommands() =>
        [.. Commands.Select(c => new ApplicationCommandDefinition(c.Info.Name, c.Info.Summary)
        {
            Options = c.Info.SlashOptions,
            Contexts = [0, 1],
        })];
}
