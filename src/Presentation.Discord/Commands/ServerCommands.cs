using DiscordApi.Commands;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Domain.Permissions;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>status, start, stop, restart and kill: thin translations into application messages.</summary>
public static class ServerCommands
{
    public const string ServersOption = "servers";
    public const string ServerOption = "server";
    public const string YesFlag = "yes";

    public static IReadOnlyList<BotCommand> All { get; } =
    [
        Status(),
        Power("start", "Starts servers; a running one is left alone.", Permission.Start, names => new RunPowerAction(PowerAction.Start, names)),
        Power("stop", "Stops servers gracefully (SIGTERM, then SIGKILL after the stop timeout).", Permission.Stop, names => new RunPowerAction(PowerAction.Stop, names)),
        Power("restart", "Restarts servers (starts stopped ones).", Permission.Restart, names => new RunPowerAction(PowerAction.Restart, names)),
        Kill(),
    ];

    public static CommandOption ServersSlashOption(bool required) =>
        new(CommandOptionType.String, ServersOption, "Server names, separated by spaces")
        {
            Required = required,
            Autocomplete = true,
            MaxLength = 1000,
        };

    private static BotCommand Status() => new(
        new CommandDefinition("status", "Servers", "Shows every server you may see, or one server's details.", "status [servers...]")
        {
            Aliases = ["s", "ps"],
            Examples = ["status", "status mc", "status mc web"],
            Permission = Permission.Status,
            SlashOptions = [ServersSlashOption(required: false)],
        },
        args => Accept(args, allowedFlags: [], names => new CommandRun(async (context, ct) =>
        {
            var result = await context.Sender.SendAsync(context.Actor, new GetServerStatus(names), ct);
            return !result.IsSuccess ? ErrorReplies.From(result.Errors) : result.Value switch
            {
                ServerCard card => StatusReplies.Card(card),
                StatusOverview overview => StatusReplies.Overview(overview),
                _ => throw new InvalidOperationException($"Unknown status report {result.Value.GetType().Name}."),
            };
        })));

    private static BotCommand Power(string name, string summary, Permission permission, Func<IReadOnlyList<string>, Mediator.ICommand<Result<PowerReport>>> message) => new(
        new CommandDefinition(name, "Servers", summary, $"{name} <servers...>")
        {
            Examples = [$"{name} mc", $"{name} mc web"],
            Permission = permission,
            SlashOptions = [ServersSlashOption(required: true)],
        },
        args => RequireNames(args, allowedFlags: [], names => new CommandRun((context, ct) => RunPowerAsync(context, message(names), ct))));

    private static BotCommand Kill() => new(
        new CommandDefinition("kill", "Servers", "Kills servers at once (SIGKILL). Asks for confirmation.", "kill <servers...> [--yes]")
        {
            Examples = ["kill mc", "kill mc --yes"],
            Permission = Permission.Kill,
            Flags = [YesFlag],
            SlashOptions =
            [
                ServersSlashOption(required: true),
                new CommandOption(CommandOptionType.Boolean, YesFlag, "Skip the confirmation"),
            ],
        },
        args => RequireNames(args, allowedFlags: [YesFlag], names => new CommandRun(
            (context, ct) => RunPowerAsync(context, new RunPowerAction(PowerAction.Kill, names), ct),
            args.Has(YesFlag) ? null : $"Kill {string.Join(", ", names.Select(n => $"**{n}**"))}? SIGKILL stops at once: unsaved data is lost.")));

    private static async Task<BotReply> RunPowerAsync(CommandContext context, Mediator.ICommand<Result<PowerReport>> command, CancellationToken ct)
    {
        var result = await context.Sender.SendAsync(context.Actor, command, ct);
        return result.IsSuccess ? PowerReplies.Report(result.Value) : ErrorReplies.From(result.Errors);
    }

    private static Result<CommandRun> RequireNames(CommandArguments args, IReadOnlyList<string> allowedFlags, Func<IReadOnlyList<string>, CommandRun> run) =>
        args.Words.Count == 0 ? Error.Invalid("Name at least one server.") : Accept(args, allowedFlags, run);

    private static Result<CommandRun> Accept(CommandArguments args, IReadOnlyList<string> allowedFlags, Func<IReadOnlyList<string>, CommandRun> run)
    {
        var unknown = args.Flags.FirstOrDefault(f => !allowedFlags.Contains(f, StringComparer.OrdinalIgnoreCase));
        return unknown is null ? run(args.Words) : Error.Invalid($"Unknown option `--{unknown}`.");
    }
}
