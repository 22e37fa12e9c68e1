using Mediator;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Permissions.Common;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Permissions.GrantPermission;

public sealed class GrantPermissionHandler(IGrantStore grants, ScopeCheck scopes, ICurrentActor actor, TimeProvider time)
    : ICommandHandler<GrantPermission, Result<GrantChange>>
{
    public async ValueTask<Result<GrantChange>> Handle(GrantPermission command, CancellationToken cancellationToken)
    {
        var permission = PermissionNames.Parse(command.Permission);
        var scope = GrantScope.Parse(command.Scope);
        var grantedBy = actor.Actor.IsSystem ? (ulong?)null : actor.Actor.UserId;
        var added = await grants.AddAsync(Grant.Create(command.Subject, permission, scope, grantedBy, time.GetUtcNow()), cancellationToken);
        var exists = await scopes.ServerExistsAsync(scope, cancellationToken);
        return new GrantChange(command.Subject, permission, scope, added, exists);
    }
}
