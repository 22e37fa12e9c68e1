using ServerStatus.Application.Backups;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Updates.UpdateServer;

/// <summary>
/// <c>update &lt;server&gt;</c>: pulls the newest image of the server's reference (before anything is stopped), then
/// replaces the container behind the safety net of <see cref="UpdateRunner"/>.
/// </summary>
public sealed record UpdateServer(string Server) : ICommand<Result<UpdateOutcome>>, IServerScoped, INamesServer, IHasAuditName
{
    public Permission Required => Permission.Update;

    public string AuditCommand => "update";
}

public sealed class UpdateServerValidator : AbstractValidator<UpdateServer>
{
    public UpdateServerValidator() => RuleFor(x => x.Server).ServerName();
}

public sealed class UpdateServerHandler(
    SingleServerLookup lookup,
    ServerJobLocks locks,
    IServerRecreator recreator,
    UpdateRunner runner,
    UpdateChecker checker,
    IJobProgress progress) : ICommandHandler<UpdateServer, Result<UpdateOutcome>>
{
    public async ValueTask<Result<UpdateOutcome>> Handle(UpdateServer command, CancellationToken cancellationToken)
    {
        var held = locks.TryAcquire(await lookup.FindAsync(command.Server, command.Required, cancellationToken), ServerJob.Update);
        if (!held.IsSuccess)
        {
            return Result<UpdateOutcome>.Fail(held.Errors);
        }

        using var locked = held.Value;
        var server = locked.Server;
        var current = await recreator.DescribeAsync(server.Id, cancellationToken);
        if (!current.IsSuccess)
        {
            return Result<UpdateOutcome>.Fail(current.Errors);
        }

        if (UpdateComparison.ReferenceProblem(current.Value.Reference) is { } problem)
        {
            return Error.Invalid($"`{server.Id.Name}` cannot be updated: {problem}.", command.Server);
        }

        progress.Report(new JobProgress(JobStages.Pulling, 0));
        var pulled = await recreator.PullAsync(server.Id.Engine, current.Value.Reference, progress, cancellationToken);
        if (!pulled.IsSuccess)
        {
            return Error.Failed($"Update of `{server.Id.Name}` refused, nothing was changed: pulling `{current.Value.Reference}` failed: {pulled.Errors[0].Message}", command.Server);
        }

        if (pulled.Value == current.Value.ImageId)
        {
            return Error.Conflict($"`{server.Id.Name}` already runs the newest image of `{current.Value.Reference}`: nothing to update.", command.Server);
        }

        var outcome = await runner.RunAsync(server, current.Value, pulled.Value, data: null, cancellationToken);
        if (outcome is { IsSuccess: true, Value.Good: true })
        {
            // The pending update (if any) is resolved and its message says the server runs the newest image.
            await checker.CheckAsync(server.Id, CancellationToken.None);
        }

        return outcome;
    }
}
