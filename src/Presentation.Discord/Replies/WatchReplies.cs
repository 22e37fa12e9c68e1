using System.Globalization;
using DiscordApi.Messages;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Watch;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>Alert routes, mutes and maintenance windows: the replies to <c>alerts</c> and <c>maintenance</c>, and their notifications.</summary>
public static class WatchReplies
{
    public const string Maintenance = "🛠";

    public static BotReply Change(WatchChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var header = change.ChannelId is { } channel ? [Invariant($"📣 Incidents of these servers go to <#{channel}>.")] : Array.Empty<string>();
        var lines = change.Servers.Select(s =>
            $"{(s.Outcome == Outcome.Ok ? "✅" : "❌")} **{(s.Server == WatchTargets.AllServers ? "all servers (*)" : s.Server)}** — {s.Message}");
        var color = change.Overall == Outcome.Ok ? ReplyColors.Good
            : change.Servers.Any(s => s.Outcome == Outcome.Ok) ? ReplyColors.Warning
            : ReplyColors.Bad;
        var title = char.ToUpperInvariant(change.Action[0]) + change.Action[1..];
        return new BotReply(LineEmbeds.Build(title, header.Concat(lines), color));
    }

    public static BotReply Alerts(AlertsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var source = view.DefaultSource == AlertDefaultSource.Route ? "set with `alerts channel … *`" : "from the settings `Alerts:ChannelId` (default `Notifications:ChannelId`)";
        var defaultLine = view.DefaultChannelId is { } channel
            ? Invariant($"📣 Default: <#{channel}>, {source}.")
            : view.DefaultSource == AlertDefaultSource.Route
                ? "🔕 Default: alerts are off for all servers (`alerts off *`): incidents are only logged."
                : "🔕 Default: no alert channel is set (`Alerts:ChannelId` or `Notifications:ChannelId`): incidents are only logged.";
        var routes = view.Routes.Select(r => r.ChannelId is { } to ? Invariant($"➡️ **{r.Server}** → <#{to}>") : $"🔕 **{r.Server}** — alerts off");
        var mutes = view.Mutes.Select(m => Invariant($"🔇 **{m.Server}** muted until {HumanTime.Moment(m.Until)} by <@{m.MutedBy}>"));
        var lines = new[] { defaultLine }.Concat(routes).Concat(mutes);
        var footer = $"{Counted.Of(view.Routes.Count, "server route")}, {Counted.Of(view.Mutes.Count, "mute")}";
        return new BotReply(LineEmbeds.Build("Alerts", lines, ReplyColors.Good, footer));
    }

    public static BotReply Windows(MaintenanceList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (list.Windows.Count == 0)
        {
            return BotReply.Of(new OutgoingMessage { Content = $"{Maintenance} No server you may see is in maintenance." });
        }

        var lines = list.Windows.Select(w => Invariant($"{Maintenance} **{(w.IsEverywhere ? "all servers (*)" : w.Scope)}** — {Window(w)}, by <@{w.StartedBy}> since {HumanTime.Moment(w.StartedAt)}"));
        return new BotReply(LineEmbeds.Build("Maintenance", lines, ReplyColors.Warning, Counted.Of(list.Windows.Count, "window")));
    }

    /// <summary>"until &lt;time&gt;: upgrading the map", as the overview, the card and the list show a window.</summary>
    public static string Window(MaintenanceView window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var until = window.Until is { } end ? $"until {HumanTime.Moment(end)}" : "until `maintenance off`";
        return window.Reason.Length > 0 ? $"{until}: {window.Reason}" : until;
    }

    public static OutgoingMessage Ended(MaintenanceEnded ended)
    {
        ArgumentNullException.ThrowIfNull(ended);
        var was = ended.Reason.Length > 0 ? $" (was: {ended.Reason})" : "";
        return Message($"{Maintenance} Maintenance of **{ended.Servers}** ended{was}.");
    }

    public static OutgoingMessage Reminder(MaintenanceReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var why = reminder.Reason.Length > 0 ? $" ({reminder.Reason})" : "";
        var servers = reminder.Servers == "all servers" ? "*" : reminder.Servers;
        return Message($"{Maintenance} **{reminder.Servers}** is still in maintenance{why}, since {HumanTime.Moment(reminder.Since)}, with no end: `maintenance off {servers}` ends it.");
    }

    private static OutgoingMessage Message(string text) => new() { Content = ErrorReplies.Fit(text, DiscordLimits.ContentLength) };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
