using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Permissions.Common;

namespace ServerStatus.Application.Permissions.RemoveAdmin;

/// <summary>Removes a stored admin; configured admins can only be removed from the configuration.</summary>
public sealed record RemoveAdmin(ulong UserId) : ICommand<Result<AdminChange>>, IAdminOnly, IAuditable, IHasAuditName
{
    public string AuditCommand => "admins remove";

    public string AuditArguments => $"user {UserId}";

    public IReadOnlyList<string> AuditServers => [];
}
