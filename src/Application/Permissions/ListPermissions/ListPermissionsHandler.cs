using Mediator;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Permissions.ListPermissions;

public sealed class ListPermissionsHandler(IGrantStore grants, IAdminStore admins, IOptions<PermissionsOptions> options)
    : IQueryHandler<ListPermissions, Result<PermissionsView>>
{
    public async ValueTask<Result<PermissionsView>> Handle(ListPermissions query, CancellationToken cancellationToken)
    {
        var all = await grants.ListAllAsync(cancellationToken);
        var shown = query switch
        {
            { Subject: { } subject } => all.Where(g => g.Subject == subject),
            { Server: { } server } => all.Where(g => Covers(g, ServerName.Parse(server))),
            _ => all,
        };
        var stored = (await admins.ListAsync(cancellationToken)).Select(a => a.UserId).ToList();
        return new PermissionsView([.. shown], [.. options.Value.Admins], stored) { Subject = query.Subject, Server = query.Server };
    }

    // A grant on "mc" or "*" concerns server "mc" on any engine; "eu1/mc" only when asked for eu1/mc or mc.
    private static bool Covers(Grant grant, ServerName server) =>
        grant.ScopeValue.IsEverywhere
        || (ServerName.Parse(grant.Scope) is var scope
            && string.Equals(scope.Name, server.Name, StringComparison.OrdinalIgnoreCase)
            && (scope.Engine is null || server.Engine is null || string.Equals(scope.Engine, server.Engine, StringComparison.OrdinalIgnoreCase)));
}
