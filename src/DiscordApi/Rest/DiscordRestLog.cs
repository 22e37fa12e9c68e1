using Microsoft.Extensions.Logging;

namespace DiscordApi.Rest;

/// <summary>Log messages of the REST client. Routes are templates: no ids, tokens or message contents.</summary>
internal static partial class DiscordRestLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Discord rate limit on {Route} (bucket {Bucket}, scope {Scope}, global {Global}): retrying in {RetryAfterMs} ms, attempt {Attempt}")]
    public static partial void RateLimited(ILogger logger, string route, string bucket, string scope, bool global, double retryAfterMs, int attempt);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Discord answered {Route} with a non-JSON 429 (Cloudflare ban?): all REST requests stop for {CooldownMinutes} min")]
    public static partial void BannedByCloudflare(ILogger logger, string route, double cooldownMinutes);

    [LoggerMessage(EventId = 3, Level = LogLevel.Critical, Message = "Discord rejected the bot token (401 on {Route}): all REST requests are stopped; set a valid Discord:Token and restart")]
    public static partial void Unauthorized(ILogger logger, string route);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Invalid-request guard tripped: {Count} invalid requests (401/403/429) within {WindowMinutes} min; REST requests are refused until the window drains")]
    public static partial void GuardTripped(ILogger logger, int count, double windowMinutes);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Discord {Route} failed ({Reason}); retrying in {DelayMs} ms, attempt {Attempt}")]
    public static partial void RetryingServerError(ILogger logger, string route, string reason, double delayMs, int attempt);

    [LoggerMessage(EventId = 6, Level = LogLevel.Debug, Message = "Discord {Route} failed with HTTP {Status}, code {Code}")]
    public static partial void RequestFailed(ILogger logger, string route, int status, int? code);

    [LoggerMessage(EventId = 7, Level = LogLevel.Debug, Message = "Command registration for {Scope} is up to date ({Count} commands); overwrite skipped")]
    public static partial void CommandsUpToDate(ILogger logger, string scope, int count);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "Overwriting {Count} commands for {Scope}")]
    public static partial void OverwritingCommands(ILogger logger, string scope, int count);
}
