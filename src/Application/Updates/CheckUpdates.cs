using ServerStatus.Application.Servers;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Updates;

/// <summary>
/// <c>update check [servers...]</c>: checks the named servers now (none: every server the actor may update), answering
/// per server up to date, newer image (digests) or why it cannot be checked; newer images are recorded and announced
/// as by the scheduled check.
/// </summary>
public sealed record CheckUpdates(IReadOnlyList<string> Names)
    : ICommand<Result<UpdateCheckReport>>, IServerScoped, IAuditable, IHasAuditName
{
    public Permission Required => Permission.Update;

    public string AuditCommand => "update check";

    public string AuditArguments => string.Join(' ', Names);

    public IReadOnlyList<string> AuditServers => Names;
}

public sealed class CheckUpdatesValidator : AbstractValidator<CheckUpdates>
{
    public CheckUpdatesValidator() => RuleFor(x => x.Names).ServerNames(required: false);
}

/// <summary>One line per server checked, in the order asked (by name when none was named).</summary>
public sealed record UpdateCheckReport(IReadOnlyList<UpdateCheckLine> Lines);

public sealed class CheckUpdatesHandler(IContainerEngine engine, ServerResolver resolver, UpdateChecker checker, ICurrentActor actor)
    : ICommandHandler<CheckUpdates, Result<UpdateCheckReport>>
{
    public async ValueTask<Result<UpdateCheckReport>> Handle(CheckUpdates command, CancellationToken cancellationToken)
    {
        var inventory = await engine.ListServersAsync(cancellationToken);
        var resolved = command.Names.Count == 0
            ? [.. inventory.Servers.Where(s => actor.Allows(s.Id, Permission.Update)).OrderBy(s => s.Id.QualifiedName, StringComparer.OrdinalIgnoreCase).Select(Result<ServerSummary>.Success)]
            : command.Names.Distinct(StringComparer.OrdinalIgnoreCase).Select(name => resolver.Resolve(inventory, name, Permission.Update)).ToList();
        if (resolved.Count == 0)
        {
            return Error.Denied("There is no server you may check for updates: that needs the `update` permission, which an admin can grant.");
        }

        if (resolved.All(r => !r.IsSuccess))
        {
            return Result<UpdateCheckReport>.Fail([.. resolved.SelectMany(r => r.Errors)]);
        }

        var lines = new List<UpdateCheckLine>();
        foreach (var server in resolved)
        {
            lines.Add(server.IsSuccess
                ? await checker.CheckAsync(server.Value.Id, cancellationToken)
                : UpdateCheckLine.Not(server.Errors[0].Target ?? "?", UpdateState.CannotCheck, server.Errors[0].Message));
        }

        return new UpdateCheckReport(lines);
    }
}
