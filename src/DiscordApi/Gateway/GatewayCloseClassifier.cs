namespace DiscordApi.Gateway;

/// <summary>Maps a close code received from the gateway to our recovery action (guide table 2.2).</summary>
internal static class GatewayCloseClassifier
{
    /// <summary>Classifies a close code; null means the connection ended without a close frame.</summary>
    public static GatewayRecovery Classify(int? closeCode) => closeCode switch
    {
        GatewayCloseCodes.AuthenticationFailed
            or GatewayCloseCodes.InvalidShard
            or GatewayCloseCodes.ShardingRequired
            or GatewayCloseCodes.InvalidApiVersion
            or GatewayCloseCodes.InvalidIntents
            or GatewayCloseCodes.DisallowedIntents => GatewayRecovery.Fatal,
        GatewayCloseCodes.NotAuthenticated
            or GatewayCloseCodes.InvalidSequence
            or GatewayCloseCodes.SessionTimedOut => GatewayRecovery.Identify,
        _ => GatewayRecovery.Resume,
    };

    /// <summary>True for codes that point at a bug in our client (worth a warning in the log).</summary>
    public static bool IsOurBug(int? closeCode) => closeCode is GatewayCloseCodes.UnknownOpcode
        or GatewayCloseCodes.DecodeError
        or GatewayCloseCodes.AlreadyAuthenticated
        or GatewayCloseCodes.RateLimited;

    /// <summary>One sentence for the operator naming the fix of a fatal close code.</summary>
    public static string DescribeFatal(int closeCode) => closeCode switch
    {
        GatewayCloseCodes.AuthenticationFailed =>
            "Discord rejected the bot token (close 4004): set a valid Discord:Token (Developer Portal → your application → Bot → Reset Token).",
        GatewayCloseCodes.InvalidShard =>
            "Discord rejected the shard (close 4010): the bot runs a single shard; check the shard configuration.",
        GatewayCloseCodes.ShardingRequired =>
            "Discord requires sharding (close 4011): the bot is in too many guilds for a single shard.",
        GatewayCloseCodes.InvalidApiVersion =>
            "Discord rejected the gateway API version (close 4012): the client must use v=10.",
        GatewayCloseCodes.InvalidIntents =>
            "Discord rejected the intents (close 4013): Discord:Intents is not a valid intents bit set.",
        GatewayCloseCodes.DisallowedIntents =>
            "Discord refused a privileged intent (close 4014): enable the Message Content intent in the Discord developer portal (Bot → Privileged Gateway Intents), or remove it from Discord:Intents.",
        _ => $"The gateway closed the connection with code {closeCode}.",
    };
}
