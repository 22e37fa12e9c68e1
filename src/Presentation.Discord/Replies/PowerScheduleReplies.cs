using System.Globalization;
using DiscordApi.Messages;
using ServerStatus.Application.Schedules;
using ServerStatus.Application.Schedules.RunScheduledPowerAction;
using ServerStatus.Application.Servers.Announcements;
using ServerStatus.Domain.Schedules;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>Power schedules and chains, and what their runs did (the latter for the notification channel).</summary>
public static class PowerScheduleReplies
{
    public static BotReply Set(PowerScheduleChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var schedule = change.Schedule;
        var replaced = change.Replaced is { } old ? $" It replaces `{old.Cron}`{(old.Kind == PowerScheduleKind.Chain ? $" ({old.Steps})" : "")}." : "";
        var results = change.NotifiesTo is { } destination
            ? $" Results go to {destination}."
            : " Results are only logged: set `Notifications:ChannelId` to have them posted in a channel.";
        var next = schedule.NextRunAt is { } at ? HumanTime.Moment(at) : "never (the expression has no future date)";
        return BotReply.Of(Message($"🗓️ **{schedule.Server}** {What(schedule)} on `{schedule.Cron}` (UTC). Next run: {next}.{replaced}{results}"));
    }

    public static BotReply Removed(PowerScheduleView schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return BotReply.Of(Message($"🗓️ Removed the {schedule.KindName} schedule of **{schedule.Server}** (`{schedule.Cron}`{(schedule.Kind == PowerScheduleKind.Chain ? $": {schedule.Steps}" : "")})."));
    }

    /// <summary>One line of <c>schedule list</c>: kind, server, cron, next run, author, what it runs, last run.</summary>
    public static string Line(PowerScheduleView s, Func<DateTimeOffset?, string> utc)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(utc);
        var what = s.Kind == PowerScheduleKind.Chain ? $"steps: {s.Steps}" : s.Announce is { } a ? $"announce {Durations.Format(a)}" : "";
        var last = s.LastRunAt is not { } run ? "not yet" : $"{utc(run)} {(s.LastSucceeded == true ? "ok" : "FAILED")}: {s.LastResult}";
        return string.Create(CultureInfo.InvariantCulture, $"{s.KindName,-8} {s.QualifiedServer,-24} {s.Cron,-18} next {utc(s.NextRunAt)}  by user {s.AuthorId}  {what}  last {last}");
    }

    public static OutgoingMessage Finished(ScheduledRunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var announced = report.Announced.Count > 0 ? $" Announced {report.Announced.Count} time(s) in-game." : "";
        var note = report.Note is { } text ? $" ({text})" : "";
        var resumed = report.Resumed ? " (resumed after a restart of the bot)" : "";
        if (report.Succeeded)
        {
            var done = string.Join("; ", report.Chain.Steps.Select(s => $"{s.Step}: {s.Detail}"));
            return Message($"🗓️ Scheduled {report.Kind} of **{report.Server}** done{resumed}: {done}.{announced}{note}");
        }

        var steps = string.Join("\n", report.Chain.Steps.Select(s => s.Status switch
        {
            StepStatus.Done => $"✅ `{s.Step}`: {s.Detail}",
            StepStatus.Failed => $"❌ `{s.Step}`: {s.Detail}",
            _ => $"⏭️ `{s.Step}`: skipped",
        }));
        return Message($"⚠️ Scheduled {report.Kind} of **{report.Server}** failed at `{report.Chain.Failed?.Step}`{resumed}; the rest was skipped.{announced}{note}\n{steps}");
    }

    public static OutgoingMessage Refused(ScheduledRunRefused refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        return Message($"⚠️ Scheduled {refused.Kind} of **{refused.Server}** did not run: {refused.Reason}");
    }

    /// <summary>A run interrupted by a stop of the bot continues: when it began, what was done, which step runs again.</summary>
    public static OutgoingMessage Resumed(ScheduledRunResumed resumed)
    {
        ArgumentNullException.ThrowIfNull(resumed);
        var begun = $"🔁 Scheduled {resumed.Kind} of **{resumed.Server}** (begun {HumanTime.Moment(resumed.StartedAt)}) was interrupted by a stop of the bot "
            + $"with {resumed.StepsDone} of {resumed.Steps.Count} step(s) done; resumed after the restart.";
        var next = resumed.Repeated switch
        {
            null => " Every step had finished; only the result is posted.",
            { Kind: ScheduleStepKind.Cmd, Text: var line } => $" Step {resumed.StepsDone + 1} `{resumed.Repeated}` runs again: its console line `{line}` is sent a second time.",
            var step => $" Step {resumed.StepsDone + 1} `{step}` runs again.",
        };
        return Message(begun + next);
    }

    public static OutgoingMessage Skipped(ScheduledRunSkipped skipped)
    {
        ArgumentNullException.ThrowIfNull(skipped);
        return Message($"⏸️ Scheduled {skipped.Kind} of **{skipped.Server}** skipped: {skipped.Reason}. The schedule stays; it runs again at its next time.");
    }

    private static string What(PowerScheduleView schedule) => schedule.Kind switch
    {
        PowerScheduleKind.Chain => $"runs `{schedule.Steps}` (each step after the one before succeeded)",
        PowerScheduleKind.Stop => "is stopped" + Announced(schedule),
        PowerScheduleKind.Start => "is started",
        _ => "is restarted" + Announced(schedule),
    };

    private static string Announced(PowerScheduleView schedule) =>
        schedule.Announce is { } a ? $", announced in-game {Durations.Format(a)} before" : "";

    private static OutgoingMessage Message(string text) => new() { Content = ErrorReplies.Fit(text, DiscordLimits.ContentLength) };
}
