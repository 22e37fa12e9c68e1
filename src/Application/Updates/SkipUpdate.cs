using ServerStatus.Application.Servers;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Updates;

/// <summary>
/// <c>update skip &lt;server&gt;</c> (the "Skip this version" button): the version pending now is not announced again; a
/// later one is. Its message says who skipped it.
/// </summary>
public sealed record SkipUpdate(string Server) : ICommand<Result<PendingUpdateView>>, IServerScoped, INamesServer, IHasAuditName
{
    public Permission Required => Permission.Update;

    public string AuditCommand => "update skip";
}

public sealed class SkipUpdateValidator : AbstractValidator<SkipUpdate>
{
    public SkipUpdateValidator() => RuleFor(x => x.Server).ServerName();
}

public sealed class SkipUpdateHandler(SingleServerLookup lookup, IPendingUpdateStore store, UpdateChecker checker, ICurrentActor actor)
    : ICommandHandler<SkipUpdate, Result<PendingUpdateView>>
{
    public async ValueTask<Result<PendingUpdateView>> Handle(SkipUpdate command, CancellationToken cancellationToken)
    {
        var server = await lookup.FindAsync(command.Server, Permission.Update, cancellationToken);
        if (!server.IsSuccess)
        {
            return Result<PendingUpdateView>.Fail(server.Errors);
        }

        var pending = await store.FindAsync(server.Value.Id.QualifiedName, cancellationToken);
        if (pending is null)
        {
            return Error.NotFound($"`{command.Server}` has no pending update: `update check {command.Server}` looks for one.", command.Server);
        }

        if (pending.IsSkipped)
        {
            return Error.Conflict($"This version of `{command.Server}` was already skipped.", command.Server);
        }

        pending.Skip(actor.Actor.UserId);
        await store.SaveAsync(pending, cancellationToken);
        await checker.ShowAsync(pending, UpdateNoticeKind.Skipped, cancellationToken);
        return PendingUpdateView.Of(pending);
    }
}
