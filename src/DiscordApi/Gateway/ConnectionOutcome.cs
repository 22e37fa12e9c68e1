namespace DiscordApi.Gateway;

/// <summary>How one connection ended and what to do next. <paramref name="Delay"/> null means "use the backoff".</summary>
internal sealed record ConnectionOutcome(
    GatewayRecovery Recovery,
    TimeSpan? Delay,
    bool SessionEstablished,
    int? CloseCode,
    string Reason);
