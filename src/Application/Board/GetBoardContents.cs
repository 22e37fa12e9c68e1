using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Board;

namespace ServerStatus.Application.Board;

/// <summary>
/// What every enabled board shows now, from one container list and one maintenance query (sent by the board service
/// with the system actor): each board's servers as overview lines, the named ones that are gone as unresolved.
/// </summary>
public sealed record GetBoardContents : IQuery<Result<IReadOnlyList<BoardContent>>>, IAdminOnly, INotAudited;

/// <summary>One board and what it shows (<see cref="StatusOverview"/>, as the <c>status</c> overview), read at <paramref name="At"/>.</summary>
public sealed record BoardContent(StatusBoard Board, StatusOverview Overview, DateTimeOffset At);

public sealed class GetBoardContentsHandler(IStatusBoardStore boards, IContainerEngine engine, MaintenanceLookup maintenance, TimeProvider time)
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
        return Result<IReadOnlyList<BoardContent>>.Success([.. enabled.Select(b => new BoardContent(b, Overview(b, inventory) with { Maintenance = windows }, now))]);
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
