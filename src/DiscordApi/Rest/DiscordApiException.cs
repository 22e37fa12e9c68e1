using System.Net;

namespace DiscordApi.Rest;

/// <summary>A Discord REST call failed. Never carries the bot token; the route is the template (no ids or tokens).</summary>
public sealed class DiscordApiException : Exception
{
    public DiscordApiException()
        : this(DiscordErrorKind.Other, "Discord request failed.")
    {
    }

    public DiscordApiException(string message)
        : this(DiscordErrorKind.Other, message)
    {
    }

    public DiscordApiException(string message, Exception innerException)
        : this(DiscordErrorKind.Other, message, innerException: innerException)
    {
    }

    public DiscordApiException(
        DiscordErrorKind kind,
        string message,
        HttpStatusCode? statusCode = null,
        int? errorCode = null,
        string route = "",
        IReadOnlyList<string>? fieldErrors = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        Route = route;
        FieldErrors = fieldErrors ?? [];
    }

    public DiscordErrorKind Kind { get; }

    /// <summary>HTTP status, or null when the request was refused locally or never answered.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Discord's JSON error code (e.g. 50035), when the body had one.</summary>
    public int? ErrorCode { get; }

    /// <summary>Method and path template, e.g. <c>POST channels/{channel_id}/messages</c>.</summary>
    public string Route { get; }

    /// <summary>For 50035: one entry per problem, e.g. <c>embeds.0.fields.3.value: BASE_TYPE_MAX_LENGTH Must be 1024 or fewer in length.</c></summary>
    public IReadOnlyList<string> FieldErrors { get; }

    /// <summary>For <see cref="DiscordErrorKind.RateLimited"/>: how long Discord asked us to wait before this route takes requests again.</summary>
    public TimeSpan? RetryAfter { get; internal set; }

    /// <summary>True when the token is dead: nothing more will be sent.</summary>
    public bool IsFatal => Kind == DiscordErrorKind.Unauthorized;
}
