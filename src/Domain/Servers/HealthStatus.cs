namespace ServerStatus.Domain.Servers;

/// <summary>The container's health check result; <see cref="None"/> when it has no health check.</summary>
public enum HealthStatus
{
    None,
    Starting,
    Healthy,
    Unhealthy,
}
