namespace ServerStatus.Domain.Watch;

/// <summary>What is known about a server's incident when it happens (from the event, one inspect, the log and the audit log).</summary>
public sealed record IncidentFacts(IncidentKind Kind, string Engine, string Server, string ServerName, string ContainerId)
{
    public int? ExitCode { get; init; }

    public int? Signal { get; init; }

    public DateTimeOffset? RunningSince { get; init; }

    public long RestartCount { get; init; }

    public long? MemoryLimitBytes { get; init; }

    /// <summary>Players online by the server's last known reading before it, when it has a player source.</summary>
    public int? PlayersOnline { get; init; }

    public string? Detail { get; init; }

    public string? LogTail { get; init; }

    public string? Changes { get; init; }
}
