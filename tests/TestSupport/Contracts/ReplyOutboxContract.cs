using ServerStatus.Application.Bot.Outbox;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What the bot relies on from an <see cref="IReplyOutbox"/>: replies are read back with every field as written, in
/// the order they were added (from a fresh unit of work: the bot may die right after a write), a redirect and a failed
/// attempt are kept, and a removed reply is gone. Every fact uses channels of its own.
/// </summary>
public abstract class ReplyOutboxContract
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private static long _channels = 900_000_000_000_000_000;

    /// <summary>The outbox under test; a persistent one answers each call from a fresh unit of work.</summary>
    protected abstract IReplyOutbox Outbox();

    [Fact]
    public async Task ReadsBackReplies_InTheirOrder_WithEveryField()
    {
        var channel = Channel();
        var first = PendingReply.To(PendingReplyKind.OriginalResponse, [1, 2, 3], "nonce-1", At, channel)
            .ForUser(42, isPrivate: true)
            .ForInteraction(7, "interaction-token", At.AddMinutes(14));
        var second = PendingReply.To(PendingReplyKind.ChannelEdit, [4], "nonce-2", At, channel, replyTo: 5).Editing(6);

        await Outbox().AddAsync([first, second], default);
        var read = await MineAsync(channel);

        read.Select(r => r.Kind).ShouldBe([PendingReplyKind.OriginalResponse, PendingReplyKind.ChannelEdit]);
        read[0].Message.ShouldBe([1, 2, 3]);
        (read[0].Nonce, read[0].UserId, read[0].IsPrivate, read[0].ApplicationId, read[0].InteractionToken, read[0].TokenExpiresAt, read[0].CreatedAt, read[0].NextAttemptAt)
            .ShouldBe(("nonce-1", (ulong?)42, true, (ulong?)7, "interaction-token", (DateTimeOffset?)At.AddMinutes(14), At, At));
        (read[1].MessageId, read[1].ReplyTo, read[1].Attempts, read[1].LastError).ShouldBe(((ulong?)6, (ulong?)5, 0, (string?)null));
        read[0].Id.ShouldBeLessThan(read[1].Id);
    }

    [Fact]
    public async Task KeepsARedirect_AndAFailedAttempt()
    {
        var channel = Channel();
        await Outbox().AddAsync([PendingReply.To(PendingReplyKind.DirectMessage, [1], "nonce-1", At, channel, replyTo: 3).ForUser(42)], default);
        var reply = (await MineAsync(channel)).ShouldHaveSingleItem();

        reply.Redirect(PendingReplyKind.ChannelMessage, [9], "nonce-2", channel, replyTo: 3);
        reply.Failed("HTTP 503", At.AddSeconds(2));
        await Outbox().UpdateAsync(reply, default);
        var read = (await MineAsync(channel)).ShouldHaveSingleItem();

        read.Message.ShouldBe([9]);
        (read.Kind, read.Nonce, read.Attempts, read.LastError, read.NextAttemptAt)
            .ShouldBe((PendingReplyKind.ChannelMessage, "nonce-2", 1, (string?)"HTTP 503", At.AddSeconds(2)));
    }

    [Fact]
    public async Task ForgetsARemovedReply()
    {
        var channel = Channel();
        await Outbox().AddAsync([PendingReply.To(PendingReplyKind.ChannelMessage, [1], "a", At, channel), PendingReply.To(PendingReplyKind.ChannelMessage, [2], "b", At, channel)], default);
        var added = await MineAsync(channel);

        await Outbox().RemoveAsync(added[0].Id, default);

        (await MineAsync(channel)).Select(r => r.Nonce).ShouldBe(["b"]);
    }

    private static ulong Channel() => (ulong)Interlocked.Increment(ref _channels);

    private async Task<List<PendingReply>> MineAsync(ulong channel) => [.. (await Outbox().ListAsync(1000, default)).Where(r => r.ChannelId == channel)];
}
