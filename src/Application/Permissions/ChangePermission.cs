using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Permissions;

/// <summary>Whether a permission is given or taken back.</summary>
public enum PermissionChangeKind
{
    Grant,
    Revoke,
}

/// <summary>
/// Gives a user or role a permission (or <c>all</c>) on a server, <c>engine/server</c> or <c>*</c>, or takes it back;
/// revoking <c>all</c> takes back every permission of the subject on that scope.
/// </summary>
public sealed record ChangePermission(PermissionChangeKind Kind, Subject Subject, string Permission, string Scope)
    : ICommand<Result<GrantChange>>, IAdminOnly, IAuditable, IHasAuditName
{
    public string AuditCommand => Kind switch
    {
        PermissionChangeKind.Grant => "permissions grant",
        PermissionChangeKind.Revoke => "permissions revoke",
        _ => throw new InvalidOperationException($"{Kind} is not a permission change."),
    };

    public string AuditArguments => $"{Subject} {Permission} {Scope}";

    public IReadOnlyList<string> AuditServers => Scope == GrantScope.EverywhereText ? [] : [Scope];
}

public sealed class ChangePermissionValidator : AbstractValidator<ChangePermission>
{
    public ChangePermissionValidator()
    {
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Say grant or revoke.");
        RuleFor(x => x.Subject).Subject();
        RuleFor(x => x.Permission).PermissionName();
        RuleFor(x => x.Scope).Scope();
    }
}

public sealed class ChangePermissionHandler(IGrantStore grants, ScopeCheck scopes, ICurrentActor actor, TimeProvider time)
    : ICommandHandler<ChangePermission, Result<GrantChange>>
{
    public async ValueTask<Result<GrantChange>> Handle(ChangePermission command, CancellationToken cancellationToken)
    {
        var permission = PermissionNames.Parse(command.Permission);
        var scope = GrantScope.Parse(command.Scope);
        var (changed, note) = command.Kind == PermissionChangeKind.Grant
            ? (await GrantAsync(command.Subject, permission, scope, cancellationToken), null)
            : await RevokeAsync(command.Subject, permission, scope, cancellationToken);
        return new GrantChange(command.Subject, permission, scope, changed, await scopes.ServerExistsAsync(scope, cancellationToken), note);
    }

    private Task<bool> GrantAsync(Subject subject, Permission permission, GrantScope scope, CancellationToken ct)
    {
        var grantedBy = actor.Actor.IsSystem ? (ulong?)null : actor.Actor.UserId;
        return grants.AddAsync(Grant.Create(subject, permission, scope, grantedBy, time.GetUtcNow()), ct);
    }

    private async Task<(bool Removed, string? Note)> RevokeAsync(Subject subject, Permission permission, GrantScope scope, CancellationToken ct)
    {
        var held = (await grants.ListForAsync(subject.Kind == SubjectKind.User ? subject.Id : 0, subject.Kind == SubjectKind.Role ? [subject.Id] : [], ct))
            .Where(g => g.Subject == subject && g.Scope == scope.Value)
            .ToList();
        var toRemove = held.Where(g => permission == Permission.All || g.Permission == permission).Select(g => g.Permission).ToList();
        var removed = false;
        foreach (var single in toRemove)
        {
            removed |= await grants.RemoveAsync(subject, single, scope, ct);
        }

        var note = !removed && permission != Permission.All && held.Any(g => g.Permission == Permission.All)
            ? $"They hold `all` on `{scope}`: revoke `all`, then grant what they should keep."
            : null;
        return (removed, note);
    }
}

/// <summary>
/// What a grant or revoke did: <paramref name="Changed"/> is false when there was nothing to do.
/// <paramref name="ServerExists"/> tells whether a named scope matches a server right now (null for <c>*</c>).
/// </summary>
public sealed record GrantChange(Subject Subject, Permission Permission, GrantScope Scope, bool Changed, bool? ServerExists, string? Note = null);
