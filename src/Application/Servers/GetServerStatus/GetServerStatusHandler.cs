using ServerStatus.Application.Games;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Servers.GetServerStatus;

public sealed class GetServerStatusHandler(
    IContainerEngine engine,
    ServerResolver resolver,
    ServerCards cards,
    ICurrentActor actor,
    DiscoveryHint hint,
    MaintenanceLookup maintenance,
    PlayerLookup players)
    : IQueryHandler<GetServerStatus, Result<StatusReport>>
{
    public const int CardLogLines = ServerCards.LogLines;

    public async ValueTask<Result<StatusReport>> Handle(GetServerStatus query, CancellationToken cancellationToken)
    {
        var inventory = await engine.ListServersAsync(cancellationToken);
        var names = query.Names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Count == 1)
        {
            return await CardAsync(inventory, names[0], query.Required, cancellationToken);
        }

        var overview = names.Count == 0 ? Overview(inventory) : Selection(inventory, names, query.Required);
        var playing = players.ReadAsync(overview.Servers, cancellationToken);
        var windows = await maintenance.LoadAsync(cancellationToken);
        return overview with { Maintenance = windows, Players = await playing };
    }

    private StatusOverview Overview(ServerInventory inventory)
    {
        // Listing everything is not a request for any one server: hidden servers are left out silently.
        var visible = Sorted(inventory.Servers.Where(s => actor.Allows(s.Id, Permission.Status)));
        return new StatusOverview(visible, [], inventory.Problems)
        {
            SuggestNarrowing = actor.Rights.IsAdmin && inventory.EveryContainer && visible.Count > DiscoveryHint.ManyServers && hint.TakeFirst(),
        };
    }

    private StatusOverview Selection(ServerInventory inventory, IReadOnlyList<string> names, Permission required)
    {
        var found = new List<ServerSummary>();
        var unresolved = new List<ServerOutcome>();
        foreach (var name in names)
        {
            var resolved = resolver.Resolve(inventory, name, required);
            if (resolved.IsSuccess)
            {
                found.Add(resolved.Value);
            }
            else
            {
                unresolved.Add(ServerOutcome.From(name, resolved.Errors[0]));
            }
        }

        return new StatusOverview(Sorted(found.Distinct()), unresolved, []);
    }

    private async Task<Result<StatusReport>> CardAsync(ServerInventory inventory, string name, Permission required, CancellationToken ct)
    {
        var card = await cards.ReadAsync(inventory, name, required, ct);
        return card.IsSuccess ? card.Value : Result<StatusReport>.Fail(card.Errors);
    }

    private static List<ServerSummary> Sorted(IEnumerable<ServerSummary> servers) =>
        [.. servers.OrderBy(s => s.Id.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id.Engine, StringComparer.OrdinalIgnoreCase)];
}
