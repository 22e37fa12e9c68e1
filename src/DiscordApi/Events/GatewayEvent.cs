namespace DiscordApi.Events;

/// <summary>Base type of every typed event the gateway client delivers; consumers switch on the subtype.</summary>
public abstract record GatewayEvent;
