using DiscordApi.Gateway;
using ServerStatus.Infrastructure.Docker;
using ServerStatus.Infrastructure.Instances;
using ServerStatus.Infrastructure.Persistence;

namespace ServerStatus.Presentation.Discord.Health;

/// <summary>
/// Readiness: the active instance (not a standby), Discord connected, database reachable, every Docker engine reachable
/// (named, its address only logged).
/// </summary>
public sealed class ReadinessProbe(IDiscordGateway gateway, DatabaseHealthCheck database, EngineHealthCheck engines, ActiveInstanceLease lease)
{
    public async Task<ReadinessReport> CheckAsync(CancellationToken ct)
    {
        var discord = gateway.State == GatewayState.Connected
            ? HealthCheckLine.Up("discord")
            : HealthCheckLine.Down("discord", $"The Discord gateway is {gateway.State}, not connected.");
        var databaseTask = database.FindProblemAsync(ct);
        var enginesTask = engines.FindUnreachableWithoutAddressesAsync(ct);
        var databaseProblem = await databaseTask;
        var engineProblems = await enginesTask;
        var instance = lease.IsActive
            ? HealthCheckLine.Up("instance")
            : HealthCheckLine.Down("instance", $"Standby: {lease.ActiveElsewhere ?? "another instance"} is the active instance of this database.");
        return new ReadinessReport(
        [
            instance,
            discord,
            databaseProblem is null ? HealthCheckLine.Up("database") : HealthCheckLine.Down("database", databaseProblem),
            engineProblems.Count == 0 ? HealthCheckLine.Up("docker") : HealthCheckLine.Down("docker", string.Join(" ", engineProblems)),
        ]);
    }
}
