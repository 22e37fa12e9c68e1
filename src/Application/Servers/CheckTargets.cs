using ServerStatus.Application.Backups;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Servers;

/// <summary>
/// What a command that asks for confirmation would act on, checked before anyone is asked: the same shape rules,
/// rights and lookups as the command itself (servers the actor may use with <paramref name="Required"/>, and the
/// backup when one is named), without acting. It carries the command's name, so a refusal is audited as that command.
/// </summary>
public sealed record CheckTargets(string Command, Permission Required, IReadOnlyList<string> Names, string? Backup = null)
    : IQuery<Result<TargetCheck>>, IServerScoped, IAuditable, IAuditedOnlyWhenRefused
{
    public string AuditCommand => Command;

    public string AuditArguments => Backup is null ? string.Join(' ', Names) : $"{string.Join(' ', Names)} {Backup}";

    public IReadOnlyList<string> AuditServers => [.. Names.Distinct(StringComparer.OrdinalIgnoreCase)];

    public static CheckTargets ForServers<T>(T command)
        where T : INamesServers, IServerScoped, IHasAuditName =>
        new(command.AuditCommand, command.Required, command.Names);

    public static CheckTargets ForBackup<T>(T command)
        where T : INamesBackup, IServerScoped, IHasAuditName =>
        new(command.AuditCommand, command.Required, [command.Server], command.Name);
}

public sealed class CheckTargetsValidator : AbstractValidator<CheckTargets>
{
    public CheckTargetsValidator()
    {
        RuleFor(x => x.Names).ServerNames(required: true);

        // Only checked when given (the When clause), so the null-forgiving operator is safe.
        RuleFor(x => x.Backup!).BackupName().When(x => x.Backup is not null);
    }
}

/// <summary>One list call; each name resolved as the command resolves it (hidden = missing), then the backup looked up.</summary>
public sealed class CheckTargetsHandler(IContainerEngine engine, ServerResolver resolver, IBackupRepository backups)
    : IQueryHandler<CheckTargets, Result<TargetCheck>>
{
    public async ValueTask<Result<TargetCheck>> Handle(CheckTargets query, CancellationToken cancellationToken)
    {
        var inventory = await engine.ListServersAsync(cancellationToken);
        var runnable = new List<string>();
        var refused = new List<Error>();
        foreach (var name in query.Names.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var problem = await ProblemAsync(inventory, name, query, cancellationToken);
            if (problem is null)
            {
                runnable.Add(name);
            }
            else
            {
                refused.Add(problem);
            }
        }

        return runnable.Count == 0 ? Result<TargetCheck>.Fail(refused) : new TargetCheck(runnable, refused);
    }

    private async Task<Error?> ProblemAsync(ServerInventory inventory, string name, CheckTargets query, CancellationToken ct)
    {
        var resolved = resolver.Resolve(inventory, name, query.Required);
        if (!resolved.IsSuccess)
        {
            return resolved.Errors[0];
        }

        var server = resolved.Value.Id;
        return query.Backup is { } backup && await backups.FindAsync(server.QualifiedName, backup, ct) is null
            ? MissingBackup.Of(server.Name, backup)
            : null;
    }
}

/// <summary>The names that would be acted on (as typed), and why the others would not.</summary>
public sealed record TargetCheck(IReadOnlyList<string> Runnable, IReadOnlyList<Error> Refused);
