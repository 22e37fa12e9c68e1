using System.Threading.Channels;
using DiscordApi.Events;

namespace DiscordApi.Gateway;

/// <summary>The Discord gateway as the rest of the bot sees it: start, stop, read typed events.</summary>
public interface IDiscordGateway
{
    /// <summary>Typed events in arrival order. Completes when the gateway stops; completes with a
    /// <see cref="GatewayFatalException"/> when it stops for good.</summary>
    ChannelReader<GatewayEvent> Events { get; }

    GatewayState State { get; }

    /// <summary>Round trip of the last acknowledged heartbeat, null before the first ACK.</summary>
    TimeSpan? Latency { get; }

    /// <summary>The bot's user id from READY.</summary>
    ulong? CurrentUserId { get; }

    /// <summary>The application id from READY.</summary>
    ulong? ApplicationId { get; }

    /// <summary>Completes when the gateway has stopped; faults with <see cref="GatewayFatalException"/> on a fatal stop.</summary>
    Task Completion { get; }

    /// <summary>Starts connecting in the background; returns at once.</summary>
    Task StartAsync(CancellationToken ct);

    /// <summary>Closes the connection with 1000 (the session ends, the bot goes offline) and waits for the loop to end.</summary>
    Task StopAsync(CancellationToken ct);
}
