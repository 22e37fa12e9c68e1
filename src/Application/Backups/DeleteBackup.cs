using FluentValidation;
using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Backups;

/// <summary>Deletes one backup: its file and its record.</summary>
public sealed record DeleteBackup(string Server, string Name) : ICommand<Result<string>>, IServerScoped, IAuditable, IHasAuditName
{
    public string AuditCommand => "backup delete";

    public string AuditArguments => $"{Server} {Name}";

    public IReadOnlyList<string> AuditServers => [Server];

    public Permission Required => Permission.Backup;
}

public sealed class DeleteBackupValidator : AbstractValidator<DeleteBackup>
{
    public DeleteBackupValidator()
    {
        RuleFor(x => x.Server).ServerName();
        RuleFor(x => x.Name).BackupName();
    }
}

public sealed class DeleteBackupHandler(SingleServerLookup lookup, ServerJobLocks locks, IBackupRepository repository, BackupPruner pruner)
    : ICommandHandler<DeleteBackup, Result<string>>
{
    public async ValueTask<Result<string>> Handle(DeleteBackup command, CancellationToken cancellationToken)
    {
        var server = await lookup.FindAsync(command.Server, command.Required, cancellationToken);
        if (!server.IsSuccess)
        {
            return Result<string>.Fail(server.Errors);
        }

        var held = locks.TryAcquire(server.Value.Id, ServerJob.Delete);
        if (!held.IsSuccess)
        {
            return Result<string>.Fail(held.Errors);
        }

        using var _ = held.Value;
        var record = await repository.FindAsync(server.Value.Id.QualifiedName, command.Name, cancellationToken);
        if (record is null)
        {
            return Error.NotFound($"`{server.Value.Id.Name}` has no backup named `{command.Name}`.", command.Name);
        }

        await pruner.DeleteAsync(record, cancellationToken);
        return $"Deleted backup `{record.Name}` of **{server.Value.Id.Name}**.";
    }
}
