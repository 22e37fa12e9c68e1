using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Watch;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Watch;

/// <summary><c>maintenance on &lt;servers...|*&gt; [for 2h] [reason...]</c> and <c>maintenance off &lt;servers...|*&gt;</c>: admin only.</summary>
public sealed class ChangeMaintenanceCommand(MaintenanceChange change) : BotCommand<ChangeMaintenance, WatchChange>
{
    public override CommandInfo Info { get; } = change == MaintenanceChange.On
        ? new("maintenance_on", "Watch",
            "Maintenance for servers (`*`: all): no alerts, power actions for admins only.",
            "maintenance on <servers...|*> [for 2h] [reason...]")
        {
            Examples = ["maintenance on mc for 2h upgrading the map", "maintenance on * reason host upgrade", "maintenance on mc web"],
            SlashOptions = [CommandOptions.Servers(required: true), WatchArguments.ForOption("How long: 30m, 2h, 1d (none: until maintenance off)"), WatchArguments.ReasonOption()],
            KeywordOptions = WatchArguments.Keywords,
        }
        : new("maintenance_off", "Watch", "Ends maintenance of servers (`*`: the window of all servers).", "maintenance off <servers...|*>")
        {
            Examples = ["maintenance off mc", "maintenance off *"],
            SlashOptions = [CommandOptions.Servers(required: true)],
        };

    protected override ChangeMaintenance Sample { get; } = new(change, ["mc"]);

    public override Result<ChangeMaintenance> Parse(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var words = WatchArguments.Parse(arguments.Words, takesReason: change == MaintenanceChange.On);
        if (!words.IsSuccess)
        {
            return Result<ChangeMaintenance>.Fail(words.Errors);
        }

        var (names, duration, reason) = words.Value;
        return names.Count == 0 ? Error.Invalid("Name servers, or `*` for all of them.")
            : change == MaintenanceChange.Off && duration is not null ? Error.Invalid("`maintenance off` takes only servers.")
            : new ChangeMaintenance(change, names, duration, reason);
    }

    public override BotReply Format(WatchChange result) => WatchReplies.Change(result);
}
