using ServerStatus.Domain.Watch;

namespace ServerStatus.Application.Watch;

/// <summary>The alert routes (<c>alerts channel</c>, <c>alerts off</c>): one per server, plus the default route <c>*</c>.</summary>
public interface IAlertRouteRepository
{
    /// <summary>Every route, ordered by scope.</summary>
    Task<IReadOnlyList<AlertRoute>> ListAsync(CancellationToken ct);

    /// <summary>Routes the scope's incidents to <paramref name="channelId"/> (null: alerts off), replacing its route if it has one.</summary>
    Task SetAsync(string scope, ulong? channelId, ulong setBy, DateTimeOffset at, CancellationToken ct);

    /// <summary>Removes the scope's route; false when it had none.</summary>
    Task<bool> RemoveAsync(string scope, CancellationToken ct);
}
