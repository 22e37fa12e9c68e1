using System.ComponentModel.DataAnnotations;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>Configuration section <c>Docker</c>.</summary>
public sealed class DockerOptions
{
    public const string Section = "Docker";

    /// <summary>The engines to manage; when none are configured, the local engine over its unix socket.</summary>
    public IList<EngineOptions> Engines { get; } = [];

    public DiscoveryOptions Discovery { get; set; } = new();

    /// <summary>Seconds between SIGTERM and SIGKILL when a server sets no <c>serverstatus.stop-timeout</c>.</summary>
    [Range(1, 3600)]
    public int DefaultStopTimeoutSeconds { get; set; } = 30;

    /// <summary>Upper bound for quick engine calls (list, inspect, version) before the engine counts as unreachable.</summary>
    [Range(1, 300)]
    public int RequestTimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// How long a server card waits for its first CPU and memory sample when none is warm yet. None by default: the engine
    /// publishes once a second and CPU needs two samples, so a wait rarely brings numbers; the card answers at once with its
    /// latest stored sample or "measuring…", and is edited when the engine's numbers come.
    /// </summary>
    [Range(0, 5000)]
    public int StatsBudgetMilliseconds { get; set; }

    /// <summary>Minutes after the last card view at which a server's stats subscription ends.</summary>
    [Range(1, 1440)]
    public int StatsIdleMinutes { get; set; } = 10;

    public IReadOnlyList<EngineOptions> EffectiveEngines => Engines.Count > 0 ? [.. Engines] : [new EngineOptions()];
}
