namespace DiscordApi.Gateway;

/// <summary>What the client does after a connection ends (guide table 2.2).</summary>
internal enum GatewayRecovery
{
    /// <summary>Reconnect to the resume URL and send op 6 RESUME.</summary>
    Resume,

    /// <summary>Forget the session, reconnect to the discovered gateway URL and send op 2 IDENTIFY.</summary>
    Identify,

    /// <summary>Stop for good: retrying cannot succeed until the operator fixes something.</summary>
    Fatal,
}
