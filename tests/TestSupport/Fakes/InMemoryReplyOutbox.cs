using System.Reflection;
using ServerStatus.Application.Bot.Outbox;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>The outbox in a list; ids are numbered as the database numbers them (through the private setter, as EF does).</summary>
public sealed class InMemoryReplyOutbox : IReplyOutbox
{
    private static readonly PropertyInfo IdProperty = typeof(PendingReply).GetProperty(nameof(PendingReply.Id))!; // it exists: nameof

    private readonly List<PendingReply> _replies = [];
    private long _lastId;

    public IReadOnlyList<PendingReply> Replies
    {
        get
        {
            lock (_replies)
            {
                return [.. _replies];
            }
        }
    }

    public Task AddAsync(IReadOnlyList<PendingReply> replies, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(replies);
        lock (_replies)
        {
            foreach (var reply in replies)
            {
                IdProperty.SetValue(reply, ++_lastId);
                _replies.Add(reply);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PendingReply>> ListAsync(int max, CancellationToken ct)
    {
        lock (_replies)
        {
            return Task.FromResult<IReadOnlyList<PendingReply>>([.. _replies.OrderBy(r => r.Id).Take(max)]);
        }
    }

    public Task UpdateAsync(PendingReply reply, CancellationToken ct) => Task.CompletedTask;

    public Task RemoveAsync(long id, CancellationToken ct)
    {
        lock (_replies)
        {
            _replies.RemoveAll(r => r.Id == id);
        }

        return Task.CompletedTask;
    }
}
