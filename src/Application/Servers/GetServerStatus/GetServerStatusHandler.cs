using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Servers.GetServerStatus;

public sealed class GetServerStatusHandler(IContainerEngine engine, ServerResolver resolver, ICurrentActor actor)
    : IQueryHandler<GetServerStatus, Result<StatusReport>>
{
    public const int CardLogLines = 5;

    public async ValueTask<Result<StatusReport>> Handle(GetServerStatus query, CancellationToken cancellationToken)
    {
        var inventory = await engine.ListServersAsync(cancellationToken);
        var names = query.Names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return names.Count switch
        {
            0 => Overview(inventory),
            1 => await CardAsync(inventory, names[0], query.Required, cancellationToken),
            _ => Selection(inventory, names, query.Required),
        };
    }

    private StatusOverview Overview(ServerInventory inventory)
    {
        // Listing everything is not a request for any one server: hidden servers are left out silently.
        var visible = inventory.Servers.Where(s => actor.Allows(s.Id, Permission.Status));
        return new StatusOverview(Sorted(visible), [], inventory.Problems);
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
        var resolved = resolver.Resolve(inventory, name, required);
        if (!resolved.IsSuccess)
        {
            return Result<StatusReport>.Fail(resolved.Errors);
        }

        var summary = resolved.Value;
        var detailsTask = engine.InspectAsync(summary.Id, ct);
        var logsTask = actor.Allows(summary.Id, Permission.Logs) ? engine.GetLogTailAsync(summary.Id, CardLogLines, ct) : null;
        var details = await detailsTask;
        if (!details.IsSuccess)
        {
            return Result<StatusReport>.Fail(details.Errors);
        }

        var logs = logsTask is null ? null : await logsTask;
        return new ServerCard(summary, details.Value, logs is { IsSuccess: true } ? logs.Value : null);
    }

    private static List<ServerSummary> Sorted(IEnumerable<ServerSummary> servers) =>
        [.. servers.OrderBy(s => s.Id.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id.Engine, StringComparer.OrdinalIgnoreCase)];
}
