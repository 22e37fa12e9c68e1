namespace DiscordApi.Gateway;

/// <summary>Where the gateway client is in its connection lifecycle.</summary>
public enum GatewayState
{
    NotStarted,
    Connecting,
    Identifying,
    Resuming,
    Connected,
    Reconnecting,
    Stopped,
    Fatal,
}
