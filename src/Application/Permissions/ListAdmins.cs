using Mediator;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;

namespace ServerStatus.Application.Permissions;

/// <summary>Configured and stored admins.</summary>
public sealed record ListAdmins : IQuery<Result<PermissionsView>>, IAdminOnly, IHasAuditName
{
    public string AuditCommand => "admins list";
}

public sealed class ListAdminsHandler(IAdminStore admins, IOptions<PermissionsOptions> options) : IQueryHandler<ListAdmins, Result<PermissionsView>>
{
    public async ValueTask<Result<PermissionsView>> Handle(ListAdmins query, CancellationToken cancellationToken)
    {
        var stored = (await admins.ListAsync(cancellationToken)).Select(a => a.UserId).ToList();
        return new PermissionsView([], [.. options.Value.Admins], stored);
    }
}
