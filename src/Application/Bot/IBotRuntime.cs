namespace ServerStatus.Application.Bot;

/// <summary>Facts about the running bot that only the host knows.</summary>
public interface IBotRuntime
{
    DateTimeOffset StartedAt { get; }

    string Version { get; }

    /// <summary>The last gateway heartbeat round trip, or null while not connected to Discord.</summary>
    TimeSpan? GatewayLatency { get; }
}
