namespace DiscordApi.Events;

/// <summary>A gateway session was resumed; every missed event has been replayed before this one.</summary>
public sealed record Resumed : GatewayEvent;
