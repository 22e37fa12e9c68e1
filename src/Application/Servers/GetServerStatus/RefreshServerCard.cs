using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Servers.GetServerStatus;

/// <summary>
/// One server's card again, to edit a card first shown before its CPU and memory were measured. Not audited: the card
/// it refreshes was, and a refresh adds nothing to who did what.
/// </summary>
public sealed record RefreshServerCard(string Server) : IQuery<Result<ServerCard>>, IServerScoped, INotAudited
{
    public Permission Required => Permission.Status;
}

public sealed class RefreshServerCardValidator : AbstractValidator<RefreshServerCard>
{
    public RefreshServerCardValidator() => RuleFor(x => x.Server).ServerName();
}

public sealed class RefreshServerCardHandler(IContainerEngine engine, ServerCards cards) : IQueryHandler<RefreshServerCard, Result<ServerCard>>
{
    public async ValueTask<Result<ServerCard>> Handle(RefreshServerCard query, CancellationToken cancellationToken) =>
        await cards.ReadAsync(await engine.ListServersAsync(cancellationToken), query.Server, query.Required, cancellationToken);
}

/// <summary>Whether the card still waits for its first CPU or memory sample of a running server.</summary>
public static class ServerCardMeasurement
{
    public static bool IsMeasuring(this ServerCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.Details.State == ServerState.Running && card.Details.Usage?.CpuPercent is null;
    }
}
