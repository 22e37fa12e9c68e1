using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Permissions.Common;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Permissions.GrantPermission;

/// <summary>Gives a user or role a permission (or <c>all</c>) on a server, <c>engine/server</c> or <c>*</c>.</summary>
public sealed record GrantPermission(Subject Subject, string Permission, string Scope) : ICommand<Result<GrantChange>>, IAdminOnly, IAuditable, IHasAuditName
{
    public string AuditCommand => "permissions grant";

    public string AuditArguments => $"{Subject} {Permission} {Scope}";

    public IReadOnlyList<string> AuditServers => Scope == GrantScope.EverywhereText ? [] : [Scope];
}
