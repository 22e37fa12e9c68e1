using System.Globalization;
using DiscordApi.Messages;
using DiscordApi.Rest;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups.RestoreBackup;
using ServerStatus.Application.Backups.RunScheduledBackup;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Schedules.RunScheduledPowerAction;
using ServerStatus.Application.Watch;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Notifications;

/// <summary>
/// Posts notifications to the channel they belong to — <c>Notifications:ChannelId</c>, or <c>Alerts:ChannelId</c> (which
/// defaults to it) for what concerns watched servers — and logs each one (failures as warnings, so they are seen even
/// without a channel). One meant for a user goes by DM first, and to the channel with a mention of them when the DM
/// fails. A post Discord refuses is logged, never thrown: what it reports on has already happened.
/// </summary>
public sealed partial class DiscordChannelNotifier(
    IDiscordRest rest,
    IOptions<NotificationsOptions> options,
    IOptions<AlertsOptions> alerts,
    ILogger<DiscordChannelNotifier> logger) : INotifier
{
    public string? Destination => options.Value.ChannelId is { } channel ? string.Create(CultureInfo.InvariantCulture, $"<#{channel}>") : null;

    public async Task NotifyAsync(Notification notification, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var message = Format(notification);
        if (notification.IsFailure)
        {
            LogFailureNotice(message.Content ?? "");
        }
        else
        {
            LogNotice(message.Content ?? "");
        }

        if (notification.DirectTo is { } user && await TrySendAsync(() => rest.SendDirectMessageAsync(user, message, ct), ct))
        {
            return;
        }

        var channel = notification.Channel == NotificationChannel.Alerts ? alerts.Value.ChannelId : options.Value.ChannelId;
        if (channel is not { } id)
        {
            return;
        }

        var posted = notification.DirectTo is { } mentioned
            ? message with
            {
                Content = string.Create(CultureInfo.InvariantCulture, $"<@{mentioned}> {message.Content}"),
                AllowedMentions = new AllowedMentions { UserIds = [mentioned] },
            }
            : message;
        if (!await TrySendAsync(() => rest.CreateMessageAsync(id, posted, ct), ct))
        {
            LogPostFailed(id);
        }
    }

    public static OutgoingMessage Format(Notification notification) => notification switch
    {
        ScheduledBackupSucceeded done => ScheduleReplies.Succeeded(done.Report),
        ScheduledBackupFailed failed => ScheduleReplies.Failed(failed),
        ScheduledRunFinished finished => PowerScheduleReplies.Finished(finished.Report),
        ScheduledRunRefused refused => PowerScheduleReplies.Refused(refused),
        ScheduledRunResumed resumed => PowerScheduleReplies.Resumed(resumed),
        ScheduledRunSkipped skipped => PowerScheduleReplies.Skipped(skipped),
        InterruptedRestoreRecovered recovered => BackupReplies.Recovered(recovered.Recovery),
        InterruptedRestoreNotRecovered failed => BackupReplies.NotRecovered(failed),
        MaintenanceEnded ended => WatchReplies.Ended(ended),
        Application.Updates.UpdateServer.UpdateFinished finished => UpdateReplies.Outcome(finished.What, finished.Outcome).Messages[0],
        MaintenanceReminder reminder => WatchReplies.Reminder(reminder),
        Application.Servers.Pending.PendingActionFinished finished => PendingActionReplies.Finished(finished.Outcome),
        _ => throw new ArgumentException($"No format for notification {notification.GetType().Name}.", nameof(notification)),
    };

    private async Task<bool> TrySendAsync(Func<Task<DiscordMessage>> send, CancellationToken ct)
    {
        try
        {
            await send();
            return true;
        }
        catch (Exception ex) when (ex is DiscordApiException or HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            LogSendFailed(ex);
            return false;
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Notification: {Text}")]
    private partial void LogNotice(string text);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Notification: {Text}")]
    private partial void LogFailureNotice(string text);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Could not post a notification to channel {ChannelId}: check Notifications:ChannelId (Alerts:ChannelId for alerts) and that the bot may view and send messages there")]
    private partial void LogPostFailed(ulong channelId);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "Discord did not take a notification")]
    private partial void LogSendFailed(Exception exception);
}
