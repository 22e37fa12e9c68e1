using System.Text.Json.Serialization;

namespace ServerStatus.Presentation.Discord.Health;

/// <summary>The readiness answer: overall status, the names of what is down, and every check.</summary>
public sealed record ReadinessReport(IReadOnlyList<HealthCheckLine> Checks)
{
    public string Status => Down.Count == 0 ? "Healthy" : "Unhealthy";

    public IReadOnlyList<string> Down => [.. Checks.Where(c => !c.IsUp).Select(c => c.Name)];

    [JsonIgnore]
    public bool IsReady => Down.Count == 0;
}
