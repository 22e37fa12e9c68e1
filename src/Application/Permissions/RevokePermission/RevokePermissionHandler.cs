using Mediator;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Permissions.Common;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Permissions.RevokePermission;

public sealed class RevokePermissionHandler(IGrantStore grants, ScopeCheck scopes) : ICommandHandler<RevokePermission, Result<GrantChange>>
{
    public async ValueTask<Result<GrantChange>> Handle(RevokePermission command, CancellationToken cancellationToken)
    {
        var permission = PermissionNames.Parse(command.Permission);
        var scope = GrantScope.Parse(command.Scope);
        var held = (await grants.ListForAsync(command.Subject.Kind == SubjectKind.User ? command.Subject.Id : 0,
                command.Subject.Kind == SubjectKind.Role ? [command.Subject.Id] : [], cancellationToken))
            .Where(g => g.Subject == command.Subject && g.Scope == scope.Value)
            .ToList();
        var toRemove = permission == Permission.All ? held.Select(g => g.Permission).ToList() : held.Where(g => g.Permission == permission).Select(g => g.Permission).ToList();
        var removed = false;
        foreach (var single in toRemove)
        {
            removed |= await grants.RemoveAsync(command.Subject, single, scope, cancellationToken);
        }

        var note = !removed && permission != Permission.All && held.Any(g => g.Permission == Permission.All)
            ? $"They hold `all` on `{scope}`: revoke `all`, then grant what they should keep."
            : null;
        return new GrantChange(command.Subject, permission, scope, removed, await scopes.ServerExistsAsync(scope, cancellationToken), note);
    }
}
