using Microsoft.Extensions.Logging;

namespace DiscordApi.Gateway;

/// <summary>Source-generated log messages of the gateway client. Never pass the token or message contents.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Connecting to the Discord gateway at {Url} ({Mode})")]
    public static partial void Connecting(ILogger logger, Uri url, string mode);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Gateway session {SessionId} ready as user {UserId}")]
    public static partial void SessionReady(ILogger logger, string sessionId, ulong userId);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Gateway session {SessionId} resumed at sequence {Sequence}")]
    public static partial void SessionResumed(ILogger logger, string? sessionId, int? sequence);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "Gateway connection ended ({Reason}); next: {Recovery} in {Delay}")]
    public static partial void ConnectionEnded(ILogger logger, string reason, GatewayRecovery recovery, TimeSpan delay);

    [LoggerMessage(EventId = 104, Level = LogLevel.Critical, Message = "Discord gateway stopped for good: {Fix}")]
    public static partial void Fatal(ILogger logger, string fix);

    [LoggerMessage(EventId = 105, Level = LogLevel.Warning, Message = "No heartbeat ACK since the last beat: zombie connection, reconnecting")]
    public static partial void Zombie(ILogger logger);

    [LoggerMessage(EventId = 106, Level = LogLevel.Warning, Message = "Ignoring a gateway payload that is not valid JSON")]
    public static partial void BadPayload(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 107, Level = LogLevel.Warning, Message = "Ignoring a malformed {EventName} dispatch")]
    public static partial void BadDispatch(ILogger logger, string eventName, Exception exception);

    [LoggerMessage(EventId = 108, Level = LogLevel.Debug, Message = "Ignoring unknown gateway opcode {Op}")]
    public static partial void UnknownOpcode(ILogger logger, int op);

    [LoggerMessage(EventId = 109, Level = LogLevel.Debug, Message = "Ignoring duplicate dispatch {Sequence}")]
    public static partial void DuplicateDispatch(ILogger logger, int sequence);

    [LoggerMessage(EventId = 110, Level = LogLevel.Information, Message = "Waiting {Delay} for an identify slot")]
    public static partial void WaitingForIdentify(ILogger logger, TimeSpan delay);

    [LoggerMessage(EventId = 111, Level = LogLevel.Warning, Message = "Resuming failed {Attempts} times in a row: falling back to the gateway URL and a new session")]
    public static partial void ResumeFallback(ILogger logger, int attempts);

    [LoggerMessage(EventId = 112, Level = LogLevel.Warning, Message = "Gateway discovery (GET gateway/bot) failed: {Reason}")]
    public static partial void DiscoveryFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 113, Level = LogLevel.Warning, Message = "The gateway closed with {CloseCode}, which points at a bug in our client")]
    public static partial void OurBug(ILogger logger, int? closeCode);

    [LoggerMessage(EventId = 114, Level = LogLevel.Information, Message = "Discord gateway stopped")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(EventId = 115, Level = LogLevel.Warning, Message = "No HELLO within {Timeout}: dropping the connection")]
    public static partial void HelloTimeout(ILogger logger, TimeSpan timeout);

    [LoggerMessage(EventId = 116, Level = LogLevel.Debug, Message = "Gateway send budget exhausted: waiting {Delay}")]
    public static partial void SendThrottled(ILogger logger, TimeSpan delay);

    [LoggerMessage(EventId = 117, Level = LogLevel.Critical, Message = "The Discord gateway loop failed unexpectedly and stopped")]
    public static partial void Unexpected(ILogger logger, Exception exception);
}
