using Microsoft.Extensions.Options;
using ServerStatus.Application.Games;
using ServerStatus.Application.Metrics;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Board;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Board;

/// <summary>
/// What every enabled board shows now, from one container list, one maintenance query and one read of the latest resource
/// samples, plus the player readings of the running servers with a player source (sent by the board service with the system actor): each board's servers as overview lines, the named ones that
/// are gone as unresolved.
/// </summary>
public sealed record GetBoardContents : IQuery<Result<IReadOnlyList<BoardContent>>>, IAdminOnly, INotAudited;

/// <summary>One board and what it shows (<see cref="StatusOverview"/>, as the <c>status</c> overview), read at <paramref name="At"/>.</summary>
public sealed record BoardContent(StatusBoard Board, StatusOverview Overview, DateTimeOffset At)
{
    /// <summary>The newest sample of each running server shown, by engine-qualified name, if one was taken in the last three intervals.</summary>
    public IReadOnlyDictionary<string, MetricPoint> Usage { get; init; } = new Dictionary<string, MetricPoint>();
}

public sealed class GetBoardContentsHandler(
    IStatusBoardStore boards, IContainerEngine engine, MaintenanceLookup maintenance, IMetricsStore metrics, IOptions<MetricsOptions> options, TimeProvider time, PlayerLookup players)
    : IQueryHandler<GetBoardContents, Result<IReadOnlyList<BoardContent>>>
{
    public async ValueTask<Result<IReadOnlyList<BoardContent>>> Handle(GetBoardContents query, CancellationToken cancellationToken)
    {
        var enabled = (await boards.ListAsync(cancellationToken)).Where(b => !b.IsDisabled).ToList();
        if (enabled.Count == 0)
        {
            return Result<IReadOnlyList<BoardContent>>.Success([]);
        }

        var inventory = await engine.ListServersAsync(cancellationToken);
        var windows = await maintenance.LoadAsync(cancellationToken);
        var now = time.GetUtcNow();
        var shown = enabled.Select(b => (Board: b, Overview: Overview(b, inventory))).ToList();
        var playing = await players.ReadAsync(shown.SelectMany(o => o.Overview.Servers), cancellationToken);
        var overviews = shown.Select(o => o with { Overview = o.Overview with { Maintenance = windows, Players = playing } }).ToList();
        var running = overviews.SelectMany(o => o.Overview.Servers).Where(s => s.State == ServerState.Running)
            .Select(s => s.Id.QualifiedName).Distinct(StringComparer.Ordinal).ToList();
        var usage = running.Count == 0
            ? new Dictionary<string, MetricPoint>()
            : await metrics.LatestAsync(running, options.Value.CurrentSince(now), cancellationToken);
        return Result<IReadOnlyList<BoardContent>>.Success([.. overviews.Select(o => new BoardContent(o.Board, o.Overview, now) { Usage = usage })]);
    }

    public static StatusOverview Overview(StatusBoard board, ServerInventory inventory)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(inventory);
        var byName = inventory.Servers.GroupBy(s => s.Id.QualifiedName, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var shown = board.ShowsAllServers ? inventory.Servers : [.. board.Servers.Where(byName.ContainsKey).Select(n => byName[n])];
        var gone = board.ShowsAllServers ? [] : board.Servers.Where(n => !byName.ContainsKey(n) && !EngineDown(n, inventory))
            .Select(n => new ServerOutcome(n, Outcome.NotFound, "no longer found on its engine")).ToList();
        var sorted = shown.OrderBy(s => s.Id.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id.Engine, StringComparer.OrdinalIgnoreCase).ToList();
        return new StatusOverview(sorted, gone, inventory.Problems);
    }

    private static bool EngineDown(string qualifiedName, ServerInventory inventory) =>
        inventory.Problems.Any(p => qualifiedName.StartsWith(p.Engine + "/", StringComparison.OrdinalIgnoreCase));
}
