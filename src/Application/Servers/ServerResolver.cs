using ServerStatus.Application.Common.Cooldowns;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Servers;

/// <summary>
/// Turns a typed name (<c>mc</c> or <c>eu1/mc</c>) into one server the actor may use. Servers the
/// actor may not see are left out before anything else, so a hidden server is answered word for word
/// like a missing one (and the denial is recorded). A server the actor sees but may not use this way is
/// answered with the permission they lack, and one the actor used this way too recently with its cooldown. Without a
/// <paramref name="cooldowns"/> gate (a handler run outside the pipeline) no cooldown applies.
/// </summary>
public sealed class ServerResolver(ICurrentActor actor, CooldownGate? cooldowns = null)
{
    public Result<ServerSummary> Resolve(ServerInventory inventory, string typed, Permission required)
    {
        var name = ServerName.Parse(typed);
        var candidates = inventory.Servers.Where(s => Matches(s.Id, name)).ToList();
        var visible = candidates.Where(s => actor.Allows(s.Id, required))
            .OrderBy(s => s.Id.Engine, StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (candidates.Count > visible.Count)
        {
            actor.RecordDenied(typed);
        }

        return visible.Count switch
        {
            1 => cooldowns?.Check(visible[0].Id, typed) is { } wait ? wait : visible[0],
            0 when candidates.Any(s => actor.Allows(s.Id, Permission.Status)) => Lacking(typed, required),
            0 => NotFound(inventory, name, typed),
            _ => Error.Invalid(
                $"`{name.Name}` exists on several engines: write {string.Join(" or ", visible.Select(s => $"`{s.Id.QualifiedName}`"))}.",
                typed),
        };
    }

    private static bool Matches(ServerId id, ServerName name) =>
        string.Equals(id.Name, name.Name, StringComparison.OrdinalIgnoreCase)
        && (name.Engine is null || string.Equals(id.Engine, name.Engine, StringComparison.OrdinalIgnoreCase));

    // The actor sees the server (status) but may not do this to it: say so; a server they may not see stays "not found".
    private static Error Lacking(string typed, Permission required)
    {
        var permission = PermissionNames.NameOf(required);
        return Error.Denied($"You may see `{typed}` but lack the `{permission}` permission on it. Only an admin can grant it: ask one to run `permissions grant <you> {permission} {typed}`.");
    }

    private static Error NotFound(ServerInventory inventory, ServerName name, string typed)
    {
        var silent = inventory.Problems
            .Where(p => name.Engine is null || string.Equals(p.Engine, name.Engine, StringComparison.OrdinalIgnoreCase))
            .Select(p => $"`{p.Engine}`")
            .ToList();
        return silent.Count == 0
            ? Error.NotFound($"No server named `{typed}`.", typed)
            : Error.Unavailable($"No server named `{typed}` was found, but engine {string.Join(", ", silent)} did not answer, so it may be there.", typed);
    }
}

/// <summary>One server by name, within what the actor may use with a permission (one list call).</summary>
public sealed class SingleServerLookup(IContainerEngine engine, ServerResolver resolver)
{
    public async Task<Result<ServerSummary>> FindAsync(string name, Permission required, CancellationToken ct) =>
        resolver.Resolve(await engine.ListServersAsync(ct), name, required);
}
