using ServerStatus.Application.Backups.Common;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;

namespace ServerStatus.Application.Servers.Common;

/// <summary>
/// The shared way of start/stop/restart/kill: one inventory call, resolve every name within what the
/// actor may see, act on the servers concurrently, and report per server in the order asked.
/// </summary>
public sealed class PowerActionRunner(IContainerEngine engine, ServerResolver resolver, ServerJobLocks locks)
{
    public async Task<PowerReport> RunAsync(IReadOnlyList<string> names, PowerAction action, CancellationToken ct)
    {
        var inventory = await engine.ListServersAsync(ct);
        var distinct = names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var outcomes = await Task.WhenAll(distinct.Select(name => RunOneAsync(inventory, name, action, ct)));
        return new PowerReport(action.Name, outcomes);
    }

    private async Task<ServerOutcome> RunOneAsync(ServerInventory inventory, string name, PowerAction action, CancellationToken ct)
    {
        var resolved = resolver.Resolve(inventory, name, action.Required);
        if (!resolved.IsSuccess)
        {
            return ServerOutcome.From(name, resolved.Errors[0]);
        }

        var server = resolved.Value;
        if (locks.Current(server.Id) == ServerJob.Restore)
        {
            return new ServerOutcome(server.Id.Name, Outcome.Conflict, "is being restored from a backup: power actions are refused until the restore ends.");
        }

        var change = await action.Execute(server, ct);
        if (!change.IsSuccess)
        {
            return ServerOutcome.From(server.Id.Name, change.Errors[0]);
        }

        var message = change.Value == PowerChange.Done ? action.DoneMessage : action.AlreadyMessage;
        return new ServerOutcome(server.Id.Name, Outcome.Ok, message);
    }
}
