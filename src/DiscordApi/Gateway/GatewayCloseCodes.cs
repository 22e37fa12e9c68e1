namespace DiscordApi.Gateway;

/// <summary>WebSocket close codes of the Discord gateway, and our own non-final close code.</summary>
internal static class GatewayCloseCodes
{
    public const int NormalClosure = 1000;
    public const int GoingAway = 1001;
    public const int AbnormalClosure = 1006;
    public const int UnknownError = 4000;
    public const int UnknownOpcode = 4001;
    public const int DecodeError = 4002;
    public const int NotAuthenticated = 4003;
    public const int AuthenticationFailed = 4004;
    public const int AlreadyAuthenticated = 4005;
    public const int InvalidSequence = 4007;
    public const int RateLimited = 4008;
    public const int SessionTimedOut = 4009;
    public const int InvalidShard = 4010;
    public const int ShardingRequired = 4011;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;
    public const int DisallowedIntents = 4014;

    /// <summary>Our close code for every non-final close: keeps the session resumable (never 1000/1001).</summary>
    public const int Reconnecting = 4900;
}
