using ServerStatus.Application.Servers;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Backups;

/// <summary>Deletes one backup: its file and its record.</summary>
public sealed record DeleteBackup(string Server, string Name) : ICommand<Result<string>>, IServerScoped, INamesBackup, IHasAuditName
{
    public string AuditCommand => "backup delete";

    public Permission Required => Permission.Backup;
}

public sealed class DeleteBackupValidator : BackupValidator<DeleteBackup>;

public sealed class DeleteBackupHandler(SingleServerLookup lookup, ServerJobLocks locks, IBackupRepository repository, BackupPruner pruner)
    : ICommandHandler<DeleteBackup, Result<string>>
{
    public async ValueTask<Result<string>> Handle(DeleteBackup command, CancellationToken cancellationToken)
    {
        var held = locks.TryAcquire(await lookup.FindAsync(command.Server, command.Required, cancellationToken), ServerJob.Delete);
        if (!held.IsSuccess)
        {
            return Result<string>.Fail(held.Errors);
        }

        using var locked = held.Value;
        var server = locked.Server.Id;
        var record = await repository.FindAsync(server.QualifiedName, command.Name, cancellationToken);
        if (record is null)
        {
            return MissingBackup.Of(server.Name, command.Name);
        }

        await pruner.DeleteAsync(record, cancellationToken);
        return $"Deleted backup `{record.Name}` of **{server.Name}**.";
    }
}
