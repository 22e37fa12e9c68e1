using System.Globalization;
using System.Text.RegularExpressions;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>Reads states, health and exit codes out of the engine's text fields.</summary>
public static partial class ContainerStateText
{
    public static ServerState ParseState(string? state) => state?.ToLowerInvariant() switch
    {
        "created" => ServerState.Created,
        "running" => ServerState.Running,
        "paused" => ServerState.Paused,
        "restarting" => ServerState.Restarting,
        "removing" => ServerState.Removing,
        "exited" => ServerState.Exited,
        "dead" => ServerState.Dead,
        _ => ServerState.Unknown,
    };

    public static HealthStatus ParseHealth(string? health) => health?.ToLowerInvariant() switch
    {
        "healthy" => HealthStatus.Healthy,
        "unhealthy" => HealthStatus.Unhealthy,
        "starting" => HealthStatus.Starting,
        _ => HealthStatus.None,
    };

    /// <summary>The list call's status (<c>Up 5 minutes (healthy)</c>) carries the health on engines before API 1.50.</summary>
    public static HealthStatus HealthFromStatus(string? status)
    {
        var match = status is null ? Match.Empty : HealthPattern().Match(status);
        return match.Success ? ParseHealth(match.Groups["health"].Value) : HealthStatus.None;
    }

    /// <summary>The exit code in <c>Exited (137) 5 minutes ago</c>, or null.</summary>
    public static int? ExitCodeFromStatus(string? status)
    {
        var match = status is null ? Match.Empty : ExitPattern().Match(status);
        return match.Success ? int.Parse(match.Groups["code"].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Inspect's timestamps are strings; the zero time means "never".</summary>
    public static DateTimeOffset? ParseTimestamp(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) && at.Year > 1
            ? at.ToUniversalTime()
            : null;

    [GeneratedRegex(@"\((?:health: )?(?<health>healthy|unhealthy|starting)\)", RegexOptions.CultureInvariant)]
    private static partial Regex HealthPattern();

    [GeneratedRegex(@"^Exited \((?<code>-?\d{1,10})\)", RegexOptions.CultureInvariant)]
    private static partial Regex ExitPattern();
}
