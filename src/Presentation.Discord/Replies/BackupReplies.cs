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
        BackupTrigger.Scheduled => "scheduled",
        _ => "manual",
    };

    private static string Progress(JobProgress progress, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var stage = progress.BytesDone is { } bytes ? $"{HumanTime.Bytes(bytes)} {progress.Stage}" : progress.Stage;
        return $"{stage} ({HumanTime.Duration(elapsed)})";
    }

    private static BotReply Text(string text) => BotReply.Of(new OutgoingMessage { Content = ErrorReplies.Fit(text, DiscordLimits.ContentLength) });
}
