using Microsoft.Extensions.Options;
using ServerStatus.Application.Games;
using ServerStatus.Domain.Servers;
using ServerStatus.Domain.Watch;

namespace ServerStatus.Application.Watch;

/// <summary>
/// Gathers what an incident shows: one inspect (image, restarts, memory limit, health output), the last log lines
/// when the alert channel may show them, and what changed before it — another image than the last good run, and
/// the actions taken on the server through the bot in the last hour (from the audit log); and how many players were online by
/// the last player reading (never a query: the server is gone, and an incident must not wait).
/// </summary>
public sealed class IncidentFactsCollector(IContainerEngine engine, IAuditLog audit, IIncidentStore store, IOptions<AlertsOptions> options, IRecentPlayerCounts players)
{
    public const int LogLines = 10;
    private static readonly TimeSpan ActionsLookBack = TimeSpan.FromHours(1);

    /// <summary>An older player reading says too little about the moment of the incident to be shown.</summary>
    public static readonly TimeSpan PlayersLookBack = TimeSpan.FromMinutes(15);

    // What someone can do through the bot that may break a server (power actions explain themselves: they are not incidents).
    private static readonly HashSet<string> ChangingCommands = new(StringComparer.OrdinalIgnoreCase)
    {
        "cmd", "send", "exec", "restore", "restore recovery", "update", "rollback",
    };

    public async Task<(IncidentFacts Facts, ContainerFacts? Container)> CollectAsync(
        ServerId server, IncidentKind kind, DateTimeOffset at, ExitCause cause, int? exitCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(cause);
        var inspected = await engine.GetFactsAsync(server, ct);
        var container = inspected.IsSuccess ? inspected.Value : null;
        var logs = options.Value.IncludeLogs ? await engine.GetLogTailAsync(server, LogLines, ct) : null;
        var changes = new List<IncidentChange>();
        if (container is not null && await store.FindBaselineAsync(server.QualifiedName, ct) is { } baseline && baseline.ImageId != container.ImageId)
        {
            changes.Add(IncidentChange.Image(ShortImageId(baseline.ImageId), ShortImageId(container.ImageId), baseline.ConfirmedAt));
        }

        changes.AddRange(await RecentActionsAsync(server, at, ct));
        var facts = new IncidentFacts(kind, server.Engine, server.QualifiedName, server.Name, server.ContainerId)
        {
            ExitCode = exitCode ?? container?.ExitCode,
            Signal = cause.Signal ?? SignalOf(exitCode),
            RunningSince = container?.StartedAt,
            RestartCount = container?.RestartCount ?? 0,
            MemoryLimitBytes = container?.MemoryLimitBytes,
            Detail = kind == IncidentKind.Unhealthy ? container?.LastHealthOutput : null,
            LogTail = logs is { IsSuccess: true } ? string.Join('\n', logs.Value) : null,
            Changes = changes.Count > 0 ? IncidentChange.Join(changes) : null,
            PlayersOnline = players.Last(server) is { } last && at - last.At <= PlayersLookBack ? last.Count.Online : null,
        };
        return (facts, container);
    }

    /// <summary>The image id as people compare them: without <c>sha256:</c>, 12 characters.</summary>
    public static string ShortImageId(string imageId)
    {
        ArgumentNullException.ThrowIfNull(imageId);
        var id = imageId.StartsWith("sha256:", StringComparison.Ordinal) ? imageId[7..] : imageId;
        return id.Length > 12 ? id[..12] : id;
    }

    // A process killed by a signal exits with 128 + the signal's number.
    private static int? SignalOf(int? exitCode) => exitCode is > 128 and < 160 ? exitCode - 128 : null;

    private async Task<IEnumerable<IncidentChange>> RecentActionsAsync(ServerId server, DateTimeOffset at, CancellationToken ct)
    {
        var entries = await audit.RecentAsync(server.Name, 50, ct);
        return entries
            .Where(e => e.At >= at - ActionsLookBack && e.At <= at && e.Outcome != Domain.Audit.AuditOutcome.Denied && e.Outcome != Domain.Audit.AuditOutcome.Invalid && ChangingCommands.Contains(e.Command) && e.NamesServer(server))
            .OrderBy(e => e.At)
            .Select(e => IncidentChange.Action(e.Command, e.IsSystem ? 0 : e.ActorId, e.At));
    }
}
