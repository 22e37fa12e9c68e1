namespace ServerStatus.Application.Bot.Outbox;

/// <summary>
/// The answers waiting to be delivered, kept across restarts. Only the bot's edge uses it (it alone knows Discord);
/// it is a port here because the database adapter may only implement Application's interfaces.
/// </summary>
public interface IReplyOutbox
{
    /// <summary>Keeps the replies in this order (a later one is never delivered before an earlier one of its way).</summary>
    Task AddAsync(IReadOnlyList<PendingReply> replies, CancellationToken ct);

    /// <summary>The waiting replies, oldest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<PendingReply>> ListAsync(int max, CancellationToken ct);

    /// <summary>Stores a reply's new state (redirected, failed again).</summary>
    Task UpdateAsync(PendingReply reply, CancellationToken ct);

    Task RemoveAsync(long id, CancellationToken ct);
}
