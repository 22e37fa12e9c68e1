using Microsoft.Extensions.Options;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Permissions;

/// <summary>Who may do what where: every grant, or those of one subject, or those covering one server.</summary>
public sealed record ListPermissions(Subject? Subject, string? Server) : IQuery<Result<PermissionsView>>, IAdminOnly, IAuditable, IHasAuditName
{
    public string AuditCommand => "permissions list";

    public string AuditArguments => Subject?.ToString() ?? Server ?? "";
}

public sealed class ListPermissionsValidator : AbstractValidator<ListPermissions>
{
    public ListPermissionsValidator()
    {
        RuleFor(x => x.Subject!.Value).Subject().When(x => x.Subject is not null);
        RuleFor(x => x.Server!).ServerName().When(x => x.Server is not null);
        RuleFor(x => x).Must(x => x.Subject is null || x.Server is null).WithMessage("List by a user or role, or by a server, not both.");
    }
}

public sealed class ListPermissionsHandler(IGrantStore grants, IAdminStore admins, IOptions<PermissionsOptions> options)
    : IQueryHandler<ListPermissions, Result<PermissionsView>>
{
    public async ValueTask<Result<PermissionsView>> Handle(ListPermissions query, CancellationToken cancellationToken)
    {
        var all = await grants.ListAllAsync(cancellationToken);
        var shown = query switch
        {
            { Subject: { } subject } => all.Where(g => g.Subject == subject),
            { Server: { } server } => all.Where(g => Covers(g, ServerName.Parse(server))),
            _ => all,
        };
        var stored = (await admins.ListAsync(cancellationToken)).Select(a => a.UserId).ToList();
        return new PermissionsView([.. shown], [.. options.Value.Admins], stored) { Subject = query.Subject, Server = query.Server };
    }

    // A grant on "mc" or "*" concerns server "mc" on any engine; "eu1/mc" only when asked for eu1/mc or mc.
    private static bool Covers(Grant grant, ServerName server) =>
        grant.ScopeValue.IsEverywhere
        || (ServerName.Parse(grant.Scope) is var scope
            && string.Equals(scope.Name, server.Name, StringComparison.OrdinalIgnoreCase)
            && (scope.Engine is null || server.Engine is null || string.Equals(scope.Engine, server.Engine, StringComparison.OrdinalIgnoreCase)));
}

/// <summary>Grants and admins; <see cref="Subject"/> or <see cref="Server"/> say which grants were asked for (all when both are null).</summary>
public sealed record PermissionsView(IReadOnlyList<Grant> Grants, IReadOnlyList<ulong> ConfiguredAdmins, IReadOnlyList<ulong> StoredAdmins)
{
    public Subject? Subject { get; init; }

    public string? Server { get; init; }
}
