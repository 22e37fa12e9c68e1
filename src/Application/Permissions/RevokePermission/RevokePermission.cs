using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Permissions.Common;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Permissions.RevokePermission;

/// <summary>Takes a permission back; <c>all</c> takes back every permission of the subject on that scope.</summary>
public sealed record RevokePermission(Subject Subject, string Permission, string Scope) : ICommand<Result<GrantChange>>, IAdminOnly, IAuditable, IHasAuditName
{
    public string AuditCommand => "permissions revoke";

    public string AuditArguments => $"{Subject} {Permission} {Scope}";

    public IReadOnlyList<string> AuditServers => Scope == GrantScope.EverywhereText ? [] : [Scope];
}
