using System.Globalization;
using DiscordApi.Messages;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Backups.RunScheduledBackup;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>Backup schedules and what their runs did (the latter for the notification channel).</summary>
public static class ScheduleReplies
{
    public const string HowToAdd = "Add one with `schedule <server> <cron> [keep N]`, e.g. `schedule mc 0 4 * * * keep 7`, or `schedule restart|stop|start|chain …` (`help schedule`).";

    public static BotReply Set(ScheduleChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var schedule = change.Schedule;
        var replaced = change.Replaced is { } old ? Invariant($" It replaces `{old.Cron}` (keep {old.Keep}).") : "";
        var results = change.NotifiesTo is { } destination
            ? $" Results go to {destination}."
            : " Results are only logged: set `Notifications:ChannelId` to have them posted in a channel.";
        return Text(Invariant($"🗓️ **{schedule.Server}** is backed up on `{schedule.Cron}` (UTC), keeping the newest {schedule.Keep} scheduled backups. Next run: {Next(schedule)}.{replaced}{results}"));
    }

    public static BotReply Removed(ScheduleView schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return Text(Invariant($"🗓️ Removed the backup schedule of **{schedule.Server}** (`{schedule.Cron}`, keep {schedule.Keep}). Its backups are kept; `backups {schedule.Server}` lists them."));
    }

    public static BotReply List(ScheduleList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var count = list.Schedules.Count + list.PowerSchedules.Count;
        if (count == 0)
        {
            return Text("No backup or power schedules yet. " + HowToAdd);
        }

        var lines = list.Schedules.Select(s => Invariant(
            $"{"backup",-8} {s.QualifiedServer,-24} {s.Cron,-18} next {Utc(s.NextRunAt)}  by {s.CreatedBy}  keep {s.Keep}  last {Last(s)}"))
            .Concat(list.PowerSchedules.Select(s => PowerScheduleReplies.Line(s, Utc)));
        return BotReply.Of(MessageSplitter.CodeBlockOrFile(string.Join('\n', lines), "schedules.txt",
            caption: $"🗓️ {Counted.Of(count, "schedule")} (times in UTC)"));
    }

    public static OutgoingMessage Succeeded(ScheduledBackupReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var backup = report.Backup;
        var pruned = report.Pruned.Count == 0 ? "" : Invariant($" Removed {Counted.Of(report.Pruned.Count, "older scheduled backup")} (keeping {report.Keep}).");
        return Message(Invariant($"💾 Scheduled backup of **{backup.ServerDisplayName}**: `{backup.Name}`, {HumanTime.Bytes(backup.SizeBytes)} in {HumanTime.Duration(backup.Duration)}.{pruned}"));
    }

    public static OutgoingMessage Failed(ScheduledBackupFailed failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return Message($"⚠️ Scheduled backup of **{failure.Server}** failed: {failure.Reason}");
    }

    private static string Next(ScheduleView schedule) =>
        schedule.NextRunAt is { } next ? HumanTime.Moment(next) : "never (the expression has no future date)";

    private static string Utc(DateTimeOffset? at) => at is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "never           ";

    private static string Last(ScheduleView schedule) => schedule.LastRunAt is not { } at
        ? "not yet"
        : Invariant($"{Utc(at)} {(schedule.LastSucceeded == true ? "ok" : "FAILED")}: {schedule.LastResult}");

    private static BotReply Text(string text) => BotReply.Of(Message(text));

    private static OutgoingMessage Message(string text) => new() { Content = ErrorReplies.Fit(text, DiscordLimits.ContentLength) };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
