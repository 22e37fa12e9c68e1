namespace DiscordApi.Rest;

/// <summary>What a failed Discord request means for the caller.</summary>
public enum DiscordErrorKind
{
    /// <summary>Anything not listed below (e.g. JSON code 0); do not retry.</summary>
    Other = 0,

    /// <summary>Unknown channel, guild, message, user, webhook or emoji (10003/10004/10008/10013/10014/10015, HTTP 404).</summary>
    NotFound,

    /// <summary>Missing access or permissions (50001/50013, HTTP 403).</summary>
    MissingAccess,

    /// <summary>Cannot send messages to this user (50007); expected, tell the caller.</summary>
    CannotMessageUser,

    /// <summary>Unknown interaction (10062): the 3 s window passed or someone else answered.</summary>
    InteractionExpired,

    /// <summary>Interaction already acknowledged (40060), also raised locally for a second callback.</summary>
    AlreadyAcknowledged,

    /// <summary>HTTP 401 / invalid token: fatal, all REST traffic has been stopped.</summary>
    Unauthorized,

    /// <summary>Invalid form body (50035); see <see cref="DiscordApiException.FieldErrors"/>.</summary>
    InvalidFormBody,

    /// <summary>Still rate limited after the allowed retries.</summary>
    RateLimited,

    /// <summary>5xx or API overloaded (130000), after any safe retries.</summary>
    ServerError,

    /// <summary>No answer (network error or timeout), after any safe retries.</summary>
    Unavailable,

    /// <summary>Refused locally: REST is cooling down after a Cloudflare ban or the invalid-request guard tripped.</summary>
    Suspended,
}
