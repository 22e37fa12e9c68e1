namespace DiscordApi.Gateway;

/// <summary>Answer of GET /gateway/bot: the gateway URL to Identify on and the identify budget.</summary>
internal sealed record GatewayBotInfo(Uri Url, SessionStartLimit SessionStartLimit);
