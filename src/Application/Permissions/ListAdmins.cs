using Microsoft.Extensions.Options;

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
