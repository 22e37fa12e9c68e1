namespace DiscordApi.Events;

/// <summary>A new gateway session started (READY).</summary>
public sealed record Ready(ulong UserId, ulong ApplicationId, string SessionId) : GatewayEvent;
