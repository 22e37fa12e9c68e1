using Mediator;
using ServerStatus.Application.Backups.Common;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;

namespace ServerStatus.Application.Backups.DeleteBackup;

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
