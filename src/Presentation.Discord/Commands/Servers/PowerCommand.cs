using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Presentation.Discord.Commands.Pending;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Servers;

/// <summary><c>start</c>, <c>stop</c>, <c>restart</c> and <c>kill</c> <c>&lt;servers...&gt;</c>: one class, the action is a value. Kill asks first.</summary>
public sealed class PowerCommand(PowerAction action) : BotCommand<RunPowerAction, PowerReport>
{
    private static readonly string[] NoFlags = [];
    private static readonly string[] KillFlags = [CommandOptions.YesFlag];

    private readonly PendingPowerCommand? _pending = action is PowerAction.Restart or PowerAction.Stop ? new PendingPowerCommand(action) : null;

    public override CommandInfo Info { get; } = Describe(action);

    protected override RunPowerAction Sample { get; } = new(action, ["mc"]);

    public override Result<RunPowerAction> Parse(CommandArguments arguments) =>
        arguments.Words.Count == 0 ? Error.Invalid("Name at least one server.") : new RunPowerAction(action, arguments.Words);

    public override BotReply Format(PowerReport result) => PowerReplies.Report(result);

    /// <summary><c>--in</c>, <c>--when-empty</c>, <c>--max</c> and <c>--reason</c> (also as slash options) make restart and stop a pending action (<see cref="PendingPowerCommand"/>).</summary>
    protected override IBotCommand? Instead(CommandArguments arguments) =>
        _pending is not null && PendingPowerCommand.Wanted(arguments) ? _pending : null;

    public override ConfirmationRequest? Confirmation(RunPowerAction message, CommandArguments arguments) =>
        action == PowerAction.Kill && !arguments.Has(CommandOptions.YesFlag)
            ? new(CheckTargets.ForServers(message), servers => $"Kill {string.Join(", ", servers.Select(n => $"**{n}**"))}? SIGKILL stops at once: unsaved data is lost.")
            : null;

    private static CommandInfo Describe(PowerAction action)
    {
        var name = action.ToString().ToLowerInvariant();
        var info = new CommandInfo(name, "Servers", Summary(action), $"{name} <servers...>")
        {
            Examples = [$"{name} mc", $"{name} mc web"],
            Flags = NoFlags,
            SlashOptions = [CommandOptions.Servers(required: true)],
        };
        if (action is PowerAction.Restart or PowerAction.Stop)
        {
            return info with
            {
                Examples = action == PowerAction.Restart
                    ? ["restart mc", "restart mc --in 5m map reset", "restart mc --when-empty --max 2h"]
                    : ["stop mc", "stop mc --in 10m maintenance"],
                SlashOptions = [CommandOptions.Servers(required: true), .. PendingPowerCommand.SlashOptions(action)],
                FlagOptions = [.. PendingPowerCommand.SlashOptions(action).Select(o => o.Name)],
            };
        }

        return action != PowerAction.Kill ? info : info with
        {
            Usage = "kill <servers...> [--yes]",
            Examples = ["kill mc", "kill mc --yes"],
            Flags = KillFlags,
            SlashOptions = [CommandOptions.Servers(required: true), CommandOptions.Yes()],
        };
    }

    private static string Summary(PowerAction action) => action switch
    {
        PowerAction.Start => "Starts servers; a running one is left alone.",
        PowerAction.Stop => "Stops servers gracefully (SIGTERM, then SIGKILL after the stop timeout).",
        PowerAction.Restart => "Restarts servers (starts stopped ones).",
        _ => "Kills servers at once (SIGKILL). Asks for confirmation.",
    };
}
