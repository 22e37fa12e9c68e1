using ServerStatus.Application.Games;
using ServerStatus.Application.Metrics;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Servers.GetServerStatus;

/// <summary>
/// How one server's card is read: resolved within what the actor may see, inspected, its last log lines if they may read
/// logs, its maintenance window if it is in one, and its players if it has a player source.
/// </summary>
public sealed class ServerCards(
    IContainerEngine engine, ServerResolver resolver, ICurrentActor actor, MaintenanceLookup maintenance, IMetricsStore metrics, TimeProvider time, PlayerLookup players)
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
        return new ServerCard(summary, details.Value, logs is { IsSuccess: true } ? logs.Value : null)
        {
            Maintenance = windows.For(summary.Id),
            Trend = ResourceTrend.Of(history, ResourceTrend.CardSpan),
            Players = await playersTask,
        };
    }
}
