using Mediator;
using ServerStatus.Application.Backups.Common;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Backups;

namespace ServerStatus.Application.Backups.CreateBackup;

public sealed class CreateBackupHandler(SingleServerLookup lookup, ServerJobLocks locks, BackupRunner runner, ICurrentActor actor, TimeProvider time)
    : ICommandHandler<CreateBackup, Result<BackupView>>
{
    public async ValueTask<Result<BackupView>> Handle(CreateBackup command, CancellationToken cancellationToken)
    {
        var server = await lookup.FindAsync(command.Server, command.Required, cancellationToken);
        if (!server.IsSuccess)
        {
            return Result<BackupView>.Fail(server.Errors);
        }

        var held = locks.TryAcquire(server.Value.Id, ServerJob.Backup);
        if (!held.IsSuccess)
        {
            return Result<BackupView>.Fail(held.Errors);
        }

        using var _ = held.Value;
        var name = command.Name ?? BackupName.FromTime(time.GetUtcNow());
        var record = await runner.RunAsync(server.Value, name, BackupTrigger.Manual, actor.Actor.ToString(), serverIsStopped: false, cancellationToken);
        return record.IsSuccess ? BackupView.From(record.Value) : Result<BackupView>.Fail(record.Errors);
    }
}
