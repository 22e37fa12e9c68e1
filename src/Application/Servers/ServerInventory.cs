using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Servers;

/// <summary>Every server of every configured engine, plus the engines that could not be asked.</summary>
public sealed record ServerInventory(IReadOnlyList<ServerSummary> Servers, IReadOnlyList<EngineProblem> Problems)
{
    public static ServerInventory Empty { get; } = new([], []);

    /// <summary>Every container of the engines counts as a server (no label or allow-list narrows them down).</summary>
    public bool EveryContainer { get; init; }
}

/// <summary>One server as the engine's container list reports it (no per-container calls).</summary>
public sealed record ServerSummary(
    ServerId Id,
    ServerState State,
    string StatusText,
    HealthStatus Health,
    int? ExitCode,
    string Image,
    TimeSpan StopTimeout)
{
    public bool IsRunning => State is ServerState.Running or ServerState.Restarting;

    /// <summary>Its labels name a player source (a query protocol or a players command), read from the container list.</summary>
    public bool HasPlayerSource { get; init; }
}

/// <summary>A configured engine that did not answer, with a sentence fit to show the user.</summary>
public sealed record EngineProblem(string Engine, string Message);

/// <summary>A configured engine's version, or why it could not be read.</summary>
public sealed record EngineVersion(string Engine, string? Version, string? ApiVersion, string? Problem);
