using ServerStatus.Application.Bot.Outbox;

namespace ServerStatus.Presentation.Discord.Bot.Outbox;

/// <summary>The outbox's log lines; message contents are never logged.</summary>
internal static partial class ReplyOutboxLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Discord did not take an answer ({Reason}); {Count} message(s) queued for another attempt in {Seconds:0.###} s")]
    public static partial void Queued(ILogger logger, int count, string reason, double seconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "A queued {Kind} reply was delivered at attempt {Attempt}, {Age} after it was ready")]
    public static partial void Delivered(ILogger logger, PendingReplyKind kind, int attempt, TimeSpan age);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "A queued {Kind} reply failed again (attempt {Attempt}: {Reason}); next attempt in {Seconds:0.###} s")]
    public static partial void StillWaiting(ILogger logger, PendingReplyKind kind, int attempt, string reason, double seconds);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "A {From} reply goes as a {To} instead: {Why}")]
    public static partial void Redirected(ILogger logger, PendingReplyKind from, PendingReplyKind to, string why);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "A {Kind} reply was given up at attempt {Attempt}: {Reason}")]
    public static partial void Abandoned(ILogger logger, PendingReplyKind kind, int attempt, string reason);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "The queue of replies could not be read or written; trying again shortly")]
    public static partial void StoreFailed(ILogger logger, Exception exception);
}
