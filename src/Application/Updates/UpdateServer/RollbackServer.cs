using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Updates.UpdateServer;

/// <summary>
/// <c>rollback &lt;server&gt;</c>: within <see cref="UpdatesOptions.KeepOldImageDays"/> of a good update, runs the server on
/// the previous image again with the data of the pre-update backup, behind the same safety net as an update (the
/// current container is parked and its data backed up first).
/// </summary>
public sealed record RollbackServer(string Server) : ICommand<Result<UpdateOutcome>>, IServerScoped, INamesServer, IHasAuditName
{
    public Permission Required => Permission.Update;

    public string AuditCommand => "rollback";
}

public sealed class RollbackServerValidator : AbstractValidator<RollbackServer>
{
    public RollbackServerValidator() => RuleFor(x => x.Server).ServerName();
}

public sealed class RollbackServerHandler(
    SingleServerLookup lookup,
    ServerJobLocks locks,
    IServerRecreator recreator,
    IUpdateJournalStore journals,
    IBackupRepository backups,
    UpdateRunner runner,
    TimeProvider time,
    IOptions<UpdatesOptions> options) : ICommandHandler<RollbackServer, Result<UpdateOutcome>>
{
    public async ValueTask<Result<UpdateOutcome>> Handle(RollbackServer command, CancellationToken cancellationToken)
    {
        var held = locks.TryAcquire(await lookup.FindAsync(command.Server, command.Required, cancellationToken), ServerJob.Update);
        if (!held.IsSuccess)
        {
            return Result<UpdateOutcome>.Fail(held.Errors);
        }

        using var locked = held.Value;
        var server = locked.Server;
        var days = options.Value.KeepOldImageDays;
        var update = await journals.FindLastGoodAsync(server.Id.QualifiedName, time.GetUtcNow().AddDays(-days), cancellationToken);
        if (update is null)
        {
            return Error.NotFound($"`{server.Id.Name}` has no update of the last {days} day(s) to roll back (Updates:KeepOldImageDays).", command.Server);
        }

        var data = update.Backup is { } name ? await backups.FindAsync(server.Id.QualifiedName, name, cancellationToken) : null;
        if (update.Backup is not null && data is null)
        {
            return Error.NotFound($"The pre-update backup `{update.Backup}` of `{server.Id.Name}` was deleted: the data cannot be put back.", command.Server);
        }

        var current = await recreator.DescribeAsync(server.Id, cancellationToken);
        if (!current.IsSuccess)
        {
            return Result<UpdateOutcome>.Fail(current.Errors);
        }

        var tagged = await recreator.TagAsync(server.Id.Engine, update.OldImageId, current.Value.Reference, cancellationToken);
        if (!tagged.IsSuccess)
        {
            return Error.Failed($"Rollback of `{server.Id.Name}` refused, nothing was changed: the previous image is not there any more ({tagged.Errors[0].Message}).", command.Server);
        }

        var outcome = await runner.RunAsync(server, current.Value, update.OldImageId, data, cancellationToken);
        if (outcome is { IsSuccess: true, Value.Good: true })
        {
            update.Revert(time.GetUtcNow());
            await journals.SaveAsync(update, CancellationToken.None);
        }
        else
        {
            // The rollback was itself rolled back: the reference names the image the server runs again.
            await recreator.TagAsync(server.Id.Engine, current.Value.ImageId, current.Value.Reference, CancellationToken.None);
        }

        return outcome;
    }
}
