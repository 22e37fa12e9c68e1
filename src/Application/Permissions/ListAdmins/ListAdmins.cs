using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Permissions.ListPermissions;

namespace ServerStatus.Application.Permissions.ListAdmins;

/// <summary>Configured and stored admins.</summary>
public sealed record ListAdmins : IQuery<Result<PermissionsView>>, IAdminOnly, IHasAuditName
{
    public string AuditCommand => "admins list";
}
