using System.Globalization;
using DiscordApi.Messages;
using DiscordApi.Rest;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups.RestoreBackup;
using ServerStatus.Application.Backups.RunScheduledBackup;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Notifications;

/// <summary>
/// Posts notifications to <c>Notifications:ChannelId</c> and logs each one (failures as warnings, so they are seen
/// even without a channel). A post Discord refuses is logged, never thrown: the job it reports on has already happened.
/// </summary>
public sealed partial class DiscordChannelNotifier(IDiscordRest rest, IOptions<NotificationsOptions> options, ILogger<DiscordChannelNotifier> logger)
    : INotifier
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

        if (options.Value.ChannelId is not { } channel)
        {
            return;
        }

        try
        {
            await rest.CreateMessageAsync(channel, message, ct);
        }
        catch (Exception ex) when (ex is DiscordApiException or HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            LogPostFailed(ex, channel);
        }
    }

    public static OutgoingMessage Format(Notification notification) => notification switch
    {
        ScheduledBackupSucceeded done => ScheduleReplies.Succeeded(done.Report),
        ScheduledBackupFailed failed => ScheduleReplies.Failed(failed),
        InterruptedRestoreRecovered recovered => BackupReplies.Recovered(recovered.Recovery),
        InterruptedRestoreNotRecovered failed => BackupReplies.NotRecovered(failed),
        _ => throw new ArgumentException($"No format for notification {notification.GetType().Name}.", nameof(notification)),
    };

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Notification: {Text}")]
    private partial void LogNotice(string text);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Notification: {Text}")]
    private partial void LogFailureNotice(string text);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Could not post a notification to channel {ChannelId}: check Notifications:ChannelId and that the bot may view and send messages there")]
    private partial void LogPostFailed(Exception exception, ulong channelId);
}
