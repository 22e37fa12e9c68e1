namespace ServerStatus.Application.Servers.Pending;

/// <summary>A pending action as replies and <c>pending</c> show it.</summary>
public sealed record PendingActionView(
    Guid Id, string Server, PowerAction Action, PendingWait Wait, DateTimeOffset DueAt, ulong RequestedBy, string? Reason, IReadOnlyList<TimeSpan> Marks)
{
    public static PendingActionView Of(PendingPowerAction pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        return new(pending.Id, pending.Server, pending.Action, pending.Wait, pending.DueAt, pending.RequestedBy, pending.Reason, pending.MarkList);
    }

    /// <summary>The name without the engine.</summary>
    public string Name => Server[(Server.IndexOf('/', StringComparison.Ordinal) + 1)..];
}
