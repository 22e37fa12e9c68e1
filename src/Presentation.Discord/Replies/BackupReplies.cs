using System.Globalization;
using DiscordApi.Messages;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Backups.RestoreBackup;
using ServerStatus.Domain.Backups;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>Backup results: one line per backup, the list as a code block or a file when long.</summary>
public static class BackupReplies
{
    public static BotReply Created(BackupView backup)
    {
        ArgumentNullException.ThrowIfNull(backup);
        return Text($"💾 Backed up **{backup.ServerDisplayName}** as `{backup.Name}`: {HumanTime.Bytes(backup.SizeBytes)} in {HumanTime.Duration(backup.Duration)} (SHA-256 `{backup.Sha256[..12]}…`).");
    }

    /// <summary>The progress line of a running backup: <c>💾 Backing up **mc**… 1.2 GiB written (38 s)</c>.</summary>
    public static string BackingUp(string server, JobProgress progress, TimeSpan elapsed) =>
        $"💾 Backing up **{server}**… {Progress(progress, elapsed)}";

    /// <summary>The progress line of a running restore: <c>♻️ Restoring `base` on **mc**… 300 MiB restored (1 min 2 s)</c>.</summary>
    public static string Restoring(string server, string name, JobProgress progress, TimeSpan elapsed) =>
        $"♻️ Restoring `{name}` on **{server}**… {Progress(progress, elapsed)}";

    public static BotReply Deleted(string message) => Text("🗑️ " + message);

    public static BotReply Restored(RestoreReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var started = report.Restarted ? " and started it again" : "";
        return Text($"♻️ Restored `{report.Name}` on **{report.Server}**{started}. The files from before are kept as `{report.SafetyBackup}`.");
    }

    /// <summary>For the notification channel: a restore the bot was stopped in, made good at its next start.</summary>
    public static OutgoingMessage Recovered(RecoveredRestore recovery)
    {
        ArgumentNullException.ThrowIfNull(recovery);
        var running = recovery.Running ? " It runs again." : " It is stopped, as it was before the restore.";
        var what = recovery.RolledBackTo is { } safety
            ? $"its files were put back from the pre-restore backup `{safety}`, as they were before the restore."
            : "its files had not been touched yet.";
        return Message($"♻️ The bot was stopped while restoring `{recovery.Backup}` on **{recovery.Server}**: {what}{running} Run `restore {recovery.Server} {recovery.Backup}` again if you still want it.");
    }

    public static OutgoingMessage NotRecovered(InterruptedRestoreNotRecovered failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return Message($"⚠️ The bot was stopped while restoring `{failure.Backup}` on **{failure.Server}**, and it could not make that good: {failure.Reason}");
    }

    public static BotReply List(BackupList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (list.Backups.Count == 0)
        {
            return Text($"**{list.Server}** has no backups yet.");
        }

        var lines = list.Backups.Select(b => string.Create(CultureInfo.InvariantCulture,
            $"{b.Name,-40} {HumanTime.Bytes(b.SizeBytes),10}  {b.CreatedAt:yyyy-MM-dd HH:mm} UTC  {Trigger(b.Trigger),-11} {b.CreatedBy}"));
        return BotReply.Of(MessageSplitter.CodeBlockOrFile(string.Join('\n', lines), $"{list.Server}-backups.txt",
            caption: $"💾 {Counted.Of(list.Backups.Count, "backup")} of **{list.Server}**, newest first"));
    }

    private static string Trigger(BackupTrigger trigger) => trigger switch
    {
        BackupTrigger.PreRestore => "pre-restore",
        BackupTrigger.PreUpdate => "pre-update",
        BackupTrigger.Scheduled => "scheduled",
        _ => "manual",
    };

    /// <summary>A long job's stage (with its bytes) and time so far: <c>300 MiB restored (1 min 2 s)</c>.</summary>
    public static string Progress(JobProgress progress, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var stage = progress.BytesDone is { } bytes ? $"{HumanTime.Bytes(bytes)} {progress.Stage}" : progress.Stage;
        return $"{stage} ({HumanTime.Duration(elapsed)})";
    }

    private static BotReply Text(string text) => BotReply.Of(Message(text));

    private static OutgoingMessage Message(string text) => new() { Content = ErrorReplies.Fit(text, DiscordLimits.ContentLength) };
}
