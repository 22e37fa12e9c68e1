namespace DiscordApi.Gateway;

/// <summary>Protocol timings of the gateway client. Defaults follow Discord's rules; tests shorten them.</summary>
public sealed record GatewayTimings
{
    /// <summary>Minimum spacing between two Identify payloads (max_concurrency 1: one per 5 s).</summary>
    public TimeSpan IdentifyInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Lower bound of the random wait after op 9 INVALID_SESSION.</summary>
    public TimeSpan InvalidSessionDelayMin { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of the random wait after op 9 INVALID_SESSION.</summary>
    public TimeSpan InvalidSessionDelayMax { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>First backoff ceiling after a failure; doubles per consecutive failure.</summary>
    public TimeSpan BackoffBase { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Backoff ceiling cap.</summary>
    public TimeSpan BackoffCap { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>A connection without op 10 HELLO within this time is dropped.</summary>
    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a clean or reconnect close handshake may take before the socket is aborted.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Failed resume attempts in a row before falling back to the discovery URL and Identify.</summary>
    public int ResumeAttemptsBeforeIdentify { get; init; } = 2;

    public static GatewayTimings Default { get; } = new();
}
