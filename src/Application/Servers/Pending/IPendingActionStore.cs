namespace ServerStatus.Application.Servers.Pending;

/// <summary>The pending power actions, kept across restarts; at most one per server.</summary>
public interface IPendingActionStore
{
    Task<PendingPowerAction?> FindAsync(Guid id, CancellationToken ct);

    /// <summary>The server's pending action (by engine-qualified name), if any.</summary>
    Task<PendingPowerAction?> FindByServerAsync(string server, CancellationToken ct);

    Task<IReadOnlyList<PendingPowerAction>> ListAsync(CancellationToken ct);

    /// <summary>Stores <paramref name="action"/>, removing the server's previous one; returns that previous one, if any.</summary>
    Task<PendingPowerAction?> ReplaceAsync(PendingPowerAction action, CancellationToken ct);

    /// <summary>Saves what changed (a mark announced, a fallback to a countdown); false when it is no longer stored.</summary>
    Task<bool> UpdateAsync(PendingPowerAction action, CancellationToken ct);

    /// <summary>Removes it; true for the one caller that removed it (so it runs or is cancelled once), false when it was already gone.</summary>
    Task<bool> TryRemoveAsync(Guid id, CancellationToken ct);
}
