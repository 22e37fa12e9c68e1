using Microsoft.Extensions.Options;
using ServerStatus.Application.Games;
using ServerStatus.Application.Metrics;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Servers.GetServerStatus;

/// <summary>
/// How one server's card is read: resolved within what the actor may see, inspected, its last log lines if they may read
/// logs, its maintenance window if it is in one, and its players if it has a player source. A running server's CPU that
/// the engine has not measured yet (the first look at a server takes a second or two) comes from its latest stored sample
/// when that is current, so the first card is complete.
/// </summary>
public sealed class ServerCards(
    IContainerEngine engine, ServerResolver resolver, ICurrentActor actor, MaintenanceLookup maintenance, IMetricsStore metrics,
    IOptions<MetricsOptions> metricsOptions, TimeProvider time, PlayerLookup players)
{
    public const int LogLines = 5;

    public async Task<Result<ServerCard>> ReadAsync(ServerInventory inventory, string name, Permission required, CancellationToken ct)
    {
        var resolved = resolver.Resolve(inventory, name, required);
        if (!resolved.IsSuccess)
        {
            return Result<ServerCard>.Fail(resolved.Errors);
        }

        var summary = resolved.Value;
        var detailsTask = engine.InspectAsync(summary.Id, ct);
        var logsTask = actor.Allows(summary.Id, Permission.Logs) ? engine.GetLogTailAsync(summary.Id, LogLines, ct) : null;
        var playersTask = players.ReadAsync(summary, ct);
        var details = await detailsTask;
        if (!details.IsSuccess)
        {
            return Result<ServerCard>.Fail(details.Errors);
        }

        var logs = logsTask is null ? null : await logsTask;
        var windows = await maintenance.LoadAsync(ct);
        var now = time.GetUtcNow();
        var history = await metrics.ReadAsync(summary.Id.QualifiedName, now - ResourceTrend.CardSpan, now, ct);
        return new ServerCard(summary, WithStoredCpu(details.Value, history, now), logs is { IsSuccess: true } ? logs.Value : null)
        {
            Maintenance = windows.For(summary.Id),
            Trend = ResourceTrend.Of(history, ResourceTrend.CardSpan),
            Players = await playersTask,
        };
    }

    private ServerDetails WithStoredCpu(ServerDetails details, IReadOnlyList<MetricPoint> history, DateTimeOffset now)
    {
        if (details.State != ServerState.Running || details.Usage?.CpuPercent is not null
            || history.LastOrDefault(p => p.At >= metricsOptions.Value.CurrentSince(now) && p.CpuAverage is not null) is not { } latest)
        {
            return details;
        }

        var usage = details.Usage ?? new ResourceUsage(null, latest.MemoryAverage, latest.MemoryLimitBytes);
        return details with { Usage = usage with { CpuPercent = latest.CpuAverage } };
    }
}
