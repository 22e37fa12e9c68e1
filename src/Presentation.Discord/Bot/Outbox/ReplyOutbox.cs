using DiscordApi.Rest;
using ServerStatus.Application.Bot.Outbox;

namespace ServerStatus.Presentation.Discord.Bot.Outbox;

/// <summary>
/// Where reply targets hand a command's answer: delivered at once when Discord takes it; else kept in the database
/// (<see cref="IReplyOutbox"/>) from the first message it did not take, in order, for <see cref="ReplyOutboxDispatcher"/>
/// to try again until it is delivered or obsolete — also after a restart.
/// </summary>
public sealed class ReplyOutbox(ReplyCourier courier, IServiceScopeFactory scopes, TimeProvider time, ILogger<ReplyOutbox> logger) : IDisposable
{
    private readonly SemaphoreSlim _queued = new(0);

    /// <summary>What was delivered now, by position (null: queued or given up).</summary>
    public async Task<IReadOnlyList<DiscordMessage?>> DeliverAsync(IReadOnlyList<PendingReply> replies, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var delivered = new DiscordMessage?[replies.Count];
        for (var i = 0; i < replies.Count; i++)
        {
            var outcome = await courier.TryAsync(replies[i], ct);
            if (outcome.Result == DeliveryResult.Retry)
            {
                replies[i].Failed(outcome.Reason, time.GetUtcNow() + outcome.RetryIn);
                await QueueAsync([.. replies.Skip(i)], outcome);
                break;
            }

            delivered[i] = outcome.Message;
        }

        return delivered;
    }

    public void Dispose() => _queued.Dispose();

    /// <summary>Until a reply is queued or <paramref name="timeout"/> passes.</summary>
    internal Task WaitForQueuedAsync(TimeSpan timeout, CancellationToken ct) => _queued.WaitAsync(timeout, ct);

    private async Task QueueAsync(IReadOnlyList<PendingReply> replies, DeliveryOutcome outcome)
    {
        // Not the command's token: an answer is kept even when the bot is stopping.
        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IReplyOutbox>().AddAsync(replies, CancellationToken.None);
        }

        ReplyOutboxLog.Queued(logger, replies.Count, outcome.Reason, outcome.RetryIn.TotalSeconds);
        _queued.Release();
    }
}
