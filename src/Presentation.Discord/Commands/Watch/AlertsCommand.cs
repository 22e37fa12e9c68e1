using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Watch;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Watch;

/// <summary>
/// <c>alerts</c> / <c>alerts list</c> (admin): the default alert channel, the servers' routes and the mutes. In chat the
/// first word picks a sibling — <c>alerts channel|off|on</c> (admin), <c>alerts mute|unmute</c> (<c>restart</c>) — each
/// its own slash command (<c>/alerts_mute</c>), since the family does not share one permission.
/// </summary>
public sealed class AlertsCommand : BotCommand<ListAlerts, AlertsView>
{
    private static readonly IReadOnlyList<IBotCommand> Siblings =
    [
        new AlertRouteCommand(AlertRouteChange.Channel),
        new AlertRouteCommand(AlertRouteChange.Off),
        new AlertRouteCommand(AlertRouteChange.On),
        new MuteCommand(MuteChange.Mute),
        new MuteCommand(MuteChange.Unmute),
    ];

    public override CommandInfo Info { get; } = new("alerts", "Watch",
        "Where incidents are posted: the default alert channel, each server's route, the mutes.", "alerts [list]")
    {
        Examples = ["alerts", "alerts list", "alerts channel #ops mc", "alerts off web", "alerts mute mc for 1h"],
    };

    protected override ListAlerts Sample { get; } = new();

    public static IReadOnlyList<IBotCommand> Family => Siblings;

    public override Result<ListAlerts> Parse(CommandArguments arguments) =>
        arguments.Words.Count == 0 ? new ListAlerts() : Error.Invalid("`alerts list` takes no arguments.");

    public override BotReply Format(AlertsView result) => WatchReplies.Alerts(result);

    protected override IBotCommand? Subcommand(CommandArguments arguments) => WatchArguments.Sibling(this, Siblings, arguments);
}
