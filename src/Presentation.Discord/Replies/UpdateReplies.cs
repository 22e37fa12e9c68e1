using System.Globalization;
using DiscordApi.Messages;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Updates;
using ServerStatus.Application.Updates.UpdateServer;
using ServerStatus.Domain.Updates;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>
/// How pending updates read: the one message per server in the alert channel (edited as it changes: skipped, applied,
/// gone), the <c>updates</c> list and the <c>update check</c> report. Digests are shown short (12 hex digits), dates as
/// Discord timestamps.
/// </summary>
public static class UpdateReplies
{
    public const string SkipButtonPrefix = "update:skip:";
    public const string UpdateButtonPrefix = "update:run:";

    public static OutgoingMessage Notice(UpdateNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var update = notice.Update;
        var (title, color) = notice.Kind switch
        {
            UpdateNoticeKind.Available => ($"⬆️ {update.Server}: a newer image is available", ReplyColors.Info),
            UpdateNoticeKind.Skipped => ($"⏭️ {update.Server}: this version is skipped", ReplyColors.Neutral),
            UpdateNoticeKind.Applied => ($"✅ {update.Server} runs the newest image", ReplyColors.Good),
            _ => ($"➖ {update.Server} no longer exists", ReplyColors.Neutral),
        };
        var embed = new EmbedBuilder()
            .WithTitle(ErrorReplies.Fit(title, DiscordLimits.EmbedTitleLength))
            .WithDescription(ErrorReplies.Fit(Description(notice)))
            .WithColor(color)
            .AddField("Image", ErrorReplies.Fit($"`{update.ImageReference}`", DiscordLimits.EmbedFieldValueLength))
            .AddField("Running", Version(update.RunningDigest, update.RunningImageCreated), inline: true)
            .AddField("New", Version(update.NewDigest, update.NewImageCreated), inline: true)
            .WithTimestamp(update.FoundAt)
            .Build();
        var builder = new MessageBuilder().AddEmbed(embed);
        if (notice.Kind == UpdateNoticeKind.Available && SkipButtonId(update.Server) is { } skip)
        {
            builder.AddActionRow(row => row
                .AddButton(ButtonStyle.Primary, UpdateButtonPrefix + update.Server, "Update")
                .AddButton(ButtonStyle.Secondary, skip, "Skip this version"));
        }

        return builder.Build();
    }

    /// <summary>The custom id of a server's Skip button; null when its name is too long for one (the typed command still works).</summary>
    public static string? SkipButtonId(string server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var id = SkipButtonPrefix + server;
        return id.Length <= DiscordLimits.CustomIdLength ? id : null;
    }

    /// <summary>Which button of an update message a custom id is (Update or Skip) and its server (engine-qualified), or null when it is not one.</summary>
    public static (bool Update, string Server)? ReadButton(string customId)
    {
        ArgumentNullException.ThrowIfNull(customId);
        foreach (var (prefix, update) in new[] { (UpdateButtonPrefix, true), (SkipButtonPrefix, false) })
        {
            if (customId.StartsWith(prefix, StringComparison.Ordinal) && customId.Length > prefix.Length)
            {
                return (update, customId[prefix.Length..]);
            }
        }

        return null;
    }

    /// <summary>The progress line of a running update or rollback: <c>⬆️ Updating **mc**… 12 MiB pulled (2/3 layers) (5 s)</c>.</summary>
    public static string Updating(string verb, string server, JobProgress progress, TimeSpan elapsed) =>
        $"⬆️ {verb} **{server}**… {BackupReplies.Progress(progress, elapsed)}";

    /// <summary>How an update or rollback ended: good, or rolled back with why and the new container's last log lines.</summary>
    public static BotReply Outcome(string what, UpdateOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var backup = outcome.Backup is { } b ? $" The data from before is kept as the backup `{b}`." : "";
        if (outcome.Good)
        {
            var compose = outcome.ComposeManaged
                ? "\n⚠️ This container is managed by Docker Compose: the compose file still names the image it was made from, and the next `docker compose up` may recreate it from the compose file."
                : "";
            var note = outcome.Problem is { } p ? $"\nNote: {p}." : "";
            return BotReply.Of(new OutgoingMessage { Content = ErrorReplies.Fit($"✅ {what} of **{outcome.Server}** done: it passed its probation.{backup}{note}{compose}", DiscordLimits.ContentLength) });
        }

        var logs = outcome.Logs.Count == 0 ? "" : "\nLast log lines of the new container:\n```\n" + string.Join('\n', outcome.Logs) + "\n```";
        return BotReply.Of(new OutgoingMessage
        {
            Content = ErrorReplies.Fit($"↩️ {what} of **{outcome.Server}** rolled back: {outcome.Problem}. The old container is back with the data from before.{backup}{logs}", DiscordLimits.ContentLength),
        });
    }

    public static BotReply List(IReadOnlyList<PendingUpdateView> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        if (updates.Count == 0)
        {
            return BotReply.Of(new EmbedBuilder().WithTitle("Pending updates").WithDescription("Every server you may see runs the newest image of its reference, as far as the last check knows.").WithColor(ReplyColors.Neutral).Build());
        }

        var lines = updates.Select(u =>
            $"**{u.Server}** `{u.ImageReference}`: {ImageDigests.Abbreviate(u.RunningDigest)} → {ImageDigests.Abbreviate(u.NewDigest)}, found {Date(u.FoundAt)}"
            + (u.IsSkipped ? string.Create(CultureInfo.InvariantCulture, $" (skipped by <@{u.SkippedBy}>)") : ""));
        return new BotReply(LineEmbeds.Build("Pending updates", lines, ReplyColors.Info, "`update <server>` updates one (with a backup and automatic rollback); `update check` checks now."));
    }

    public static BotReply Report(UpdateCheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lines = report.Lines.Select(Line);
        var color = report.Lines.Any(l => l.State == UpdateState.Newer) ? ReplyColors.Info
            : report.Lines.Any(l => l.State == UpdateState.CannotCheck) ? ReplyColors.Warning
            : ReplyColors.Good;
        return new BotReply(LineEmbeds.Build("Update check", lines, color));
    }

    public static BotReply Skipped(PendingUpdateView update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return BotReply.Of(new EmbedBuilder()
            .WithTitle(ErrorReplies.Fit($"⏭️ {update.Server}: version {ImageDigests.Abbreviate(update.NewDigest)} skipped", DiscordLimits.EmbedTitleLength))
            .WithDescription("It is not announced again; a newer version than this one will be.")
            .WithColor(ReplyColors.Neutral)
            .Build());
    }

    public static string Line(UpdateCheckLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.State switch
        {
            UpdateState.UpToDate => $"🟢 **{line.Server}** is up to date ({ImageDigests.Abbreviate(line.RunningDigest)})",
            UpdateState.Newer => $"⬆️ **{line.Server}** has a newer image: {Versions(line)}",
            UpdateState.Skipped => $"⏭️ **{line.Server}** has a newer image, skipped: {Versions(line)}",
            UpdateState.NotChecked => $"➖ **{line.Server}** is not checked: {line.Reason}",
            _ => $"⚠️ **{line.Server}** cannot be checked: {line.Reason}",
        };
    }

    private static string Versions(UpdateCheckLine line) =>
        $"{ImageDigests.Abbreviate(line.RunningDigest)}{Made(line.RunningCreated)} → {ImageDigests.Abbreviate(line.NewDigest)}{Made(line.NewCreated)}";

    private static string Description(UpdateNotice notice) => notice.Kind switch
    {
        UpdateNoticeKind.Available => $"The registry has a newer image for **{notice.Update.Server}** than the one it runs. **Update** replaces its container with one of the new image, after a backup, and rolls back image and data if the new version fails its probation; or skip this version.",
        UpdateNoticeKind.Skipped => string.Create(CultureInfo.InvariantCulture, $"Skipped by <@{notice.Update.SkippedBy}>: this version is not announced again; a newer one will be."),
        UpdateNoticeKind.Applied => $"**{notice.Update.Server}** now runs the newest image of its reference.",
        _ => $"**{notice.Update.Server}** was removed, so its update is no longer pending.",
    };

    private static string Version(string digest, DateTimeOffset? created) =>
        $"`{ImageDigests.Abbreviate(digest)}`\n{(created is { } at ? $"created {Date(at)}" : "created: not known until pulled")}";

    private static string Made(DateTimeOffset? created) => created is { } at ? $" (created {Date(at)})" : "";

    private static string Date(DateTimeOffset at) => string.Create(CultureInfo.InvariantCulture, $"<t:{at.ToUnixTimeSeconds()}:f>");
}
