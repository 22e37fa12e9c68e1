using FluentValidation;
using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Backups;

/// <summary>Backs up a server's mounts now; <paramref name="Name"/> defaults to the UTC time.</summary>
public sealed record CreateBackup(string Server, string? Name = null) : ICommand<Result<BackupView>>, IServerScoped, IAuditable, IHasAuditName
{
    public string AuditCommand => "backup";

    public string AuditArguments => Name is null ? Server : $"{Server} {Name}";

    public IReadOnlyList<string> AuditServers => [Server];

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
