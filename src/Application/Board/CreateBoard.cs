using System.Globalization;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Board;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Board;

/// <summary>
/// <c>board create [#channel] [servers...|*]</c>: a status board in the channel (default: where it was typed) of the named
/// servers, each of which the creator must see (<c>status</c>). <c>*</c> (or no names) is every server the creator may see
/// now; an admin's board also shows servers added later.
/// </summary>
public sealed record CreateBoard(ulong? ChannelId, IReadOnlyList<string> Names)
    : ICommand<Result<StatusBoardView>>, IServerScoped, IAuditable, IHasAuditName
{
    public Permission Required => Permission.Status;

    public string AuditCommand => "board create";

    public string AuditArguments => ChannelId is { } channel
        ? string.Create(CultureInfo.InvariantCulture, $"<#{channel}> {string.Join(' ', Names)}")
        : string.Join(' ', Names);

    public IReadOnlyList<string> AuditServers => [.. Names.Where(n => n != WatchTargets.AllServers)];
}

public sealed class CreateBoardValidator : AbstractValidator<CreateBoard>
{
    public CreateBoardValidator()
    {
        RuleFor(x => x.Names).WatchNames(allowAll: true);
        RuleFor(x => x.ChannelId).GreaterThan(0UL).When(x => x.ChannelId is not null).WithMessage("Name the channel as a mention: `board create #status mc`.");
    }
}

public sealed class CreateBoardHandler(
    WatchTargets targets, IContainerEngine engine, IStatusBoardStore boards, ICurrentActor actor, ServerChangeSignal signal, TimeProvider time)
    : ICommandHandler<CreateBoard, Result<StatusBoardView>>
{
    public async ValueTask<Result<StatusBoardView>> Handle(CreateBoard command, CancellationToken cancellationToken)
    {
        if ((command.ChannelId ?? actor.Actor.ChannelId) is not { } channel)
        {
            return Error.Invalid("Name the channel the board goes to: `board create #status`.");
        }

        var servers = await ServersAsync(command.Names, cancellationToken);
        if (!servers.IsSuccess)
        {
            return Result<StatusBoardView>.Fail(servers.Errors);
        }

        var board = StatusBoard.Create(channel, servers.Value, actor.Actor.UserId, time.GetUtcNow());
        await boards.AddAsync(board, cancellationToken);
        signal.Poke(StatusBoard.AllServers);
        return StatusBoardView.From(board);
    }

    // Null: every server, now and later (an admin's *).
    private async Task<Result<IReadOnlyList<string>?>> ServersAsync(IReadOnlyList<string> names, CancellationToken ct)
    {
        if (WatchTargets.IsAll(names) && actor.Rights.IsAdmin)
        {
            return Result<IReadOnlyList<string>?>.Success(null);
        }

        if (WatchTargets.IsAll(names))
        {
            var inventory = await engine.ListServersAsync(ct);
            IReadOnlyList<string> visible = [.. inventory.Servers.Where(s => actor.Allows(s.Id, Permission.Status)).Select(s => s.Id.QualifiedName).Order(StringComparer.Ordinal)];
            return visible.Count > 0 ? Result<IReadOnlyList<string>?>.Success(visible) : Error.NotFound("There is no server you may see: nothing to show on a board.");
        }

        var resolved = await targets.ResolveAsync(names, Permission.Status, ct);
        if (resolved.FirstOrDefault(t => t.Scope is null) is { } missing)
        {
            var failure = missing.Failure ?? new Servers.ServerOutcome(missing.Name, Outcome.NotFound, $"No server named `{missing.Name}`.");
            return new Error(failure.Outcome, failure.Message, missing.Name);
        }

        return Result<IReadOnlyList<string>?>.Success([.. resolved.Select(t => t.Scope ?? t.Name).Distinct(StringComparer.Ordinal)]);
    }
}
