using ServerStatus.Application.Bot.Outbox;

namespace ServerStatus.Presentation.Discord.Bot.Outbox;

/// <summary>
/// Delivers the queued replies from the start of the bot on (so a restart resumes them): each way (a channel, a DM, an
/// interaction) in its order — one waiting for a rate limit holds back only the replies behind it on that way.
/// </summary>
public sealed class ReplyOutboxDispatcher(ReplyOutbox outbox, ReplyCourier courier, IServiceScopeFactory scopes, TimeProvider time, ILogger<ReplyOutboxDispatcher> logger)
    : BackgroundService
{
    private const int Batch = 200;
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan AfterStoreFailure = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                wait = await DeliverDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                ReplyOutboxLog.StoreFailed(logger, ex);
                wait = AfterStoreFailure;
            }

            try
            {
                await outbox.WaitForQueuedAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass over the queue; returns how long until the next reply is due.</summary>
    private async Task<TimeSpan> DeliverDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IReplyOutbox>();
        var ways = new HashSet<string>(StringComparer.Ordinal);
        var wait = Idle;
        foreach (var reply in await store.ListAsync(Batch, ct))
        {
            if (!ways.Add(Way(reply)))
            {
                continue;
            }

            var now = time.GetUtcNow();
            if (reply.NextAttemptAt > now)
            {
                wait = Min(wait, reply.NextAttemptAt - now);
                continue;
            }

            var outcome = await courier.TryAsync(reply, ct);
            if (outcome.Result == DeliveryResult.Retry)
            {
                reply.Failed(outcome.Reason, time.GetUtcNow() + outcome.RetryIn);
                await store.UpdateAsync(reply, CancellationToken.None);
                ReplyOutboxLog.StillWaiting(logger, reply.Kind, reply.Attempts, outcome.Reason, outcome.RetryIn.TotalSeconds);
                wait = Min(wait, outcome.RetryIn);
                continue;
            }

            await store.RemoveAsync(reply.Id, CancellationToken.None);
            var age = time.GetUtcNow() - reply.CreatedAt;
            if (outcome.Result == DeliveryResult.Delivered)
            {
                ReplyOutboxLog.Delivered(logger, reply.Kind, reply.Attempts + 1, age);
            }

            // The next reply of its way may go at once.
            wait = TimeSpan.Zero;
        }

        return wait;
    }

    private static string Way(PendingReply reply) => reply.Kind switch
    {
        PendingReplyKind.OriginalResponse or PendingReplyKind.Followup => "interaction:" + reply.InteractionToken,
        PendingReplyKind.DirectMessage => "user:" + reply.UserId,
        _ => "channel:" + reply.ChannelId,
    };

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
