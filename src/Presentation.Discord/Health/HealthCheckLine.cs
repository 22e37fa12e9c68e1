namespace ServerStatus.Presentation.Discord.Health;

/// <summary>One dependency's state in the readiness answer.</summary>
public sealed record HealthCheckLine(string Name, string Status, string? Problem)
{
    public static HealthCheckLine Up(string name) => new(name, "Healthy", null);

    public static HealthCheckLine Down(string name, string problem) => new(name, "Unhealthy", problem);

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsUp => Problem is null;
}
