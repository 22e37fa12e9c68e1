using System.Globalization;
using ServerStatus.Application.Backups.Common;
using ServerStatus.Application.Backups.ListBackups;
using ServerStatus.Application.Backups.RestoreBackup;
using ServerStatus.Domain.Backups;
using ServerStatus.Presentation.Discord.DiscordApi.Messages;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>Backup results: one line per backup, the list as a code block or a file when long.</summary>
public static class BackupReplies
{
    public static BotReply Created(BackupView backup)
    {
        ArgumentNullException.ThrowIfNull(backup);
        return Text($"💾 Backed up **{ServerOf(backup)}** as `{backup.Name}`: {HumanTime.Bytes(backup.SizeBytes)} in {HumanTime.Duration(backup.Duration)} (SHA-256 `{backup.Sha256[..12]}…`).");
    }

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
            caption: $"💾 {list.Backups.Count.ToString(CultureInfo.InvariantCulture)} backups of **{list.Server}**, newest first"));
    }

    private static string Trigger(BackupTrigger trigger) => trigger switch
    {
        BackupTrigger.PreRestore => "pre-restore",
        BackupTrigger.Scheduled => "scheduled",
        _ => "manual",
    };

    private static string ServerOf(BackupView backup) => backup.Server[(backup.Server.IndexOf('/', StringComparison.Ordinal) + 1)..];

    private static BotReply Text(string text) => BotReply.Of(new OutgoingMessage { Content = ErrorReplies.Fit(text, DiscordLimits.ContentLength) });
}
