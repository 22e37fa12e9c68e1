using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Watch;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Watch;

/// <summary>
/// <c>maintenance</c> / <c>maintenance list</c> (<c>status</c>): the windows in force on the servers one may see. In chat
/// <c>maintenance on|off …</c> (admin) are the sibling commands (<c>/maintenance_on</c>, <c>/maintenance_off</c>).
/// </summary>
public sealed class MaintenanceCommand : BotCommand<ListMaintenance, MaintenanceList>
{
    private static readonly IReadOnlyList<IBotCommand> Siblings = [new ChangeMaintenanceCommand(MaintenanceChange.On), new ChangeMaintenanceCommand(MaintenanceChange.Off)];

    public override CommandInfo Info { get; } = new("maintenance", "Watch",
        "Lists the servers in maintenance, with reason and end.", "maintenance [list]")
    {
        Examples = ["maintenance", "maintenance list", "maintenance on mc for 2h upgrading the map", "maintenance off mc"],
    };

    protected override ListMaintenance Sample { get; } = new();

    public static IReadOnlyList<IBotCommand> Family => Siblings;

    public override Result<ListMaintenance> Parse(CommandArguments arguments) =>
        arguments.Words.Count == 0 ? new ListMaintenance() : Error.Invalid("`maintenance list` takes no arguments.");

    public override BotReply Format(MaintenanceList result) => WatchReplies.Windows(result);

    protected override IBotCommand? Subcommand(CommandArguments arguments) => WatchArguments.Sibling(this, Siblings, arguments);
}
