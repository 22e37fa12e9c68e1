using ServerStatus.Application.Servers.Announcements;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Servers.Pending;

/// <summary>
/// <c>cancel &lt;server&gt;</c>, or the Cancel button under a countdown (<paramref name="Id"/>: that very action, not a later
/// one): only the user who asked for it or an admin may cancel it. Players who heard the countdown hear that it is off.
/// </summary>
public sealed record CancelPendingAction(string? Server, Guid? Id = null) : ICommand<Result<CancelledAction>>, IServerScoped, IAuditable
{
    public Permission Required => Permission.Status;

    public string AuditArguments => Server ?? Id?.ToString("N") ?? "";

    public IReadOnlyList<string> AuditServers => Server is null ? [] : [Server];
}

public sealed class CancelPendingActionValidator : AbstractValidator<CancelPendingAction>
{
    public CancelPendingActionValidator()
    {
        RuleFor(x => x.Server!).ServerName().When(x => x.Server is not null);
        RuleFor(x => x).Must(x => x.Server is not null || x.Id is not null).WithMessage("Name the server whose pending restart or stop to cancel.");
    }
}

/// <summary>The action that was cancelled, and by whom.</summary>
public sealed record CancelledAction(PendingActionView Action, ulong CancelledBy);

public sealed class CancelPendingActionHandler(
    IPendingActionStore store,
    IContainerEngine engine,
    ServerResolver resolver,
    ICurrentActor actor,
    ConsoleAnnouncer announcer,
    PendingActionSignals signals) : ICommandHandler<CancelPendingAction, Result<CancelledAction>>
{
    private const string Over = "This countdown is over: it already ran, was cancelled or was replaced.";

    public async ValueTask<Result<CancelledAction>> Handle(CancelPendingAction command, CancellationToken cancellationToken)
    {
        var inventory = await engine.ListServersAsync(cancellationToken);
        PendingPowerAction? pending;
        ServerSummary? server;
        if (command.Server is { } name)
        {
            var resolved = resolver.Resolve(inventory, name, Permission.Status);
            if (!resolved.IsSuccess)
            {
                return Result<CancelledAction>.Fail(resolved.Errors);
            }

            server = resolved.Value;
            pending = await store.FindByServerAsync(server.Id.QualifiedName, cancellationToken);
            if (pending is null || (command.Id is { } id && pending.Id != id))
            {
                return Error.NotFound(command.Id is null ? $"`{name}` has no pending restart or stop." : Over, name);
            }
        }
        else
        {
            pending = await store.FindAsync(command.Id!.Value, cancellationToken); // the validator requires a server or an id
            server = pending is null ? null : inventory.Servers.FirstOrDefault(s => string.Equals(s.Id.QualifiedName, pending.Server, StringComparison.OrdinalIgnoreCase));
            if (pending is null || (!actor.Rights.IsAdmin && (server is null || !actor.MaySee(server.Id, Permission.Status))))
            {
                return Error.NotFound(Over);
            }
        }

        if (!actor.Rights.IsAdmin && actor.Actor.UserId != pending.RequestedBy)
        {
            return Error.Denied($"Only <@{pending.RequestedBy}>, who asked for it, or an admin can cancel the pending {Word(pending.Action)} of `{pending.Name}`.");
        }

        if (!await store.TryRemoveAsync(pending.Id, cancellationToken))
        {
            return Error.NotFound(Over);
        }

        if (server is not null && pending.AnnouncedDownTo is not null)
        {
            await announcer.AnnounceAsync(server.Id, AnnouncementPlan.Cancelled(pending.Action), cancellationToken);
        }

        signals.Complete(pending.Id, new PendingOutcome(PendingEnd.Cancelled, pending.Name, $"{Word(pending.Action)} cancelled by <@{actor.Actor.UserId}>"));
        return new CancelledAction(PendingActionView.Of(pending), actor.Actor.UserId);
    }

    private static string Word(PowerAction action) => action == PowerAction.Stop ? "stop" : "restart";
}
