using ServerStatus.Application.Servers;
using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Backups;

/// <summary>Backs up a server's mounts now; <paramref name="Name"/> defaults to the UTC time.</summary>
public sealed record CreateBackup(string Server, string? Name = null) : ICommand<Result<BackupView>>, IServerScoped, INamesServer, IHasAuditName
{
    public string AuditCommand => "backup";

    public string AuditArguments => Name is null ? Server : $"{Server} {Name}";

    public Permission Required => Permission.Backup;
}

public sealed class CreateBackupValidator : AbstractValidator<CreateBackup>
{
    public CreateBackupValidator()
    {
        RuleFor(x => x.Server).ServerName();
        RuleFor(x => x.Name).BackupName().When(x => x.Name is not null);
    }
}

public sealed class CreateBackupHandler(SingleServerLookup lookup, ServerJobLocks locks, BackupRunner runner, ICurrentActor actor, TimeProvider time)
    : ICommandHandler<CreateBackup, Result<BackupView>>
{
    public async ValueTask<Result<BackupView>> Handle(CreateBackup command, CancellationToken cancellationToken)
    {
        var name = command.Name ?? BackupName.FromTime(time.GetUtcNow());
        var held = locks.TryAcquire(await lookup.FindAsync(command.Server, command.Required, cancellationToken), ServerJob.Backup);
        if (!held.IsSuccess)
        {
            return Result<BackupView>.Fail(held.Errors);
        }

        using var server = held.Value;
        var record = await runner.RunAsync(server.Server, name, BackupTrigger.Manual, actor.Actor.ToString(), serverIsStopped: false, cancellationToken);
        return record.IsSuccess ? BackupView.From(record.Value) : Result<BackupView>.Fail(record.Errors);
    }
}
