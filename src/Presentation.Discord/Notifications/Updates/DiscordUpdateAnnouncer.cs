using DiscordApi.Rest;
using ServerStatus.Application.Updates;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Notifications.Updates;

/// <summary>
/// Posts and edits the message of a pending update in the alert channel. A message someone deleted is posted again; a
/// post Discord refuses is logged, never thrown: the update stays pending and a later check announces it.
/// </summary>
public sealed partial class DiscordUpdateAnnouncer(IDiscordRest rest, ILogger<DiscordUpdateAnnouncer> logger) : IUpdateAnnouncer
{
    public async Task<ulong?> ShowAsync(ulong channelId, ulong? messageId, UpdateNotice notice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var message = UpdateReplies.Notice(notice);
        try
        {
            if (messageId is { } existing)
            {
                try
                {
                    return (await rest.EditMessageAsync(channelId, existing, message, ct)).Id;
                }
                catch (DiscordApiException ex) when (ex.Kind == DiscordErrorKind.NotFound && notice.Kind == UpdateNoticeKind.Available)
                {
                    LogRepost(notice.Update.Server, channelId);
                }
            }

            return (await rest.CreateMessageAsync(channelId, message, ct)).Id;
        }
        catch (Exception ex) when (ex is DiscordApiException or HttpRequestException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
        {
            LogRefused(ex, notice.Update.Server, channelId);
            return null;
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "The update message of {Server} in channel {ChannelId} was deleted: posting it again")]
    private partial void LogRepost(string server, ulong channelId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Could not show the update of {Server} in channel {ChannelId}: check Alerts:ChannelId and that the bot may view and send messages there")]
    private partial void LogRefused(Exception exception, string server, ulong channelId);
}
