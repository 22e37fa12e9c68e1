using Microsoft.EntityFrameworkCore;
using ServerStatus.Application.Bot.Outbox;

namespace ServerStatus.Infrastructure.Persistence;

public sealed class EfReplyOutbox(ServerStatusDbContext db) : IReplyOutbox
{
    public async Task AddAsync(IReadOnlyList<PendingReply> replies, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(replies);

        // One save per reply: ids then follow their order on every provider.
        foreach (var reply in replies)
        {
            db.PendingReplies.Add(reply);
            await db.SaveChangesAsync(ct);
        }
    }

    public async Task<IReadOnlyList<PendingReply>> ListAsync(int max, CancellationToken ct) =>
        await db.PendingReplies.AsNoTracking().OrderBy(r => r.Id).Take(max).ToListAsync(ct);

    public async Task UpdateAsync(PendingReply reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        db.PendingReplies.Update(reply);
        await db.SaveChangesAsync(ct);
    }

    public Task RemoveAsync(long id, CancellationToken ct) =>
        db.PendingReplies.Where(r => r.Id == id).ExecuteDeleteAsync(ct);
}
