using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Permissions;

/// <summary>Whether a grant scope names a server that exists now (servers come and go, so either is allowed).</summary>
public sealed class ScopeCheck(IContainerEngine engine)
{
    public async Task<bool?> ServerExistsAsync(GrantScope scope, CancellationToken ct)
    {
        if (scope.IsEverywhere)
        {
            return null;
        }

        var inventory = await engine.ListServersAsync(ct);
        return inventory.Servers.Any(s => scope.Covers(s.Id));
    }
}
