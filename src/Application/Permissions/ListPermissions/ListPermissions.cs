using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Permissions.ListPermissions;

/// <summary>Who may do what where: every grant, or those of one subject, or those covering one server.</summary>
public sealed record ListPermissions(Subject? Subject, string? Server) : IQuery<Result<PermissionsView>>, IAdminOnly, IAuditable, IHasAuditName
{
    public string AuditCommand => "permissions list";

    public string AuditArguments => Subject?.ToString() ?? Server ?? "";

    public IReadOnlyList<string> AuditServers => [];
}
