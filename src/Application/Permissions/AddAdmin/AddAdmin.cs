using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Permissions.Common;

namespace ServerStatus.Application.Permissions.AddAdmin;

/// <summary>Makes a user an admin (stored in the database).</summary>
public sealed record AddAdmin(ulong UserId) : ICommand<Result<AdminChange>>, IAdminOnly, IAuditable, IHasAuditName
{
    public string AuditCommand => "admins add";

    public string AuditArguments => $"user {UserId}";

    public IReadOnlyList<string> AuditServers => [];
}
