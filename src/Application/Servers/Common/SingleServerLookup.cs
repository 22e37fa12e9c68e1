using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Servers.Common;

/// <summary>One server by name, within what the actor may use with a permission (one list call).</summary>
public sealed class SingleServerLookup(IContainerEngine engine, ServerResolver resolver)
{
    public async Task<Result<ServerSummary>> FindAsync(string name, Permission required, CancellationToken ct) =>
        resolver.Resolve(await engine.ListServersAsync(ct), name, required);
}
