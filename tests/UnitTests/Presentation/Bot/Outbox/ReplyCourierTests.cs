using DiscordApi.Events;
using DiscordApi.Messages;
using DiscordApi.Rest;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Bot.Outbox;
using ServerStatus.Presentation.Discord.Bot.Outbox;
using ServerStatus.UnitTests.Fakes;

namespace ServerStatus.UnitTests.Presentation.Bot.Outbox;

/// <summary>One attempt at an answer: the other way when its way is gone, when to try again, when never.</summary>
public sealed class ReplyCourierTests : IDisposable
{
    private const ulong Channel = 10;
    private const ulong User = 3;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));
    private readonly RecordingDiscordRest _rest = new();
    private readonly OutboxHarness _outbox;

    public ReplyCourierTests()
    {
        _outbox = new OutboxHarness(_rest, _time, new ReplyOutboxOptions { FirstRetryMilliseconds = 1000, MaxRetrySeconds = 300, GiveUpAfterHours = 24 });
    }

    public void Dispose() => _outbox.Dispose();

    [Fact]
    public async Task AnswersInTheChannelMentioningTheUser_WhenTheInteractionTokenExpired()
    {
        var reply = Interaction(OutgoingMessage.Text("done"));
        _time.Advance(TimeSpan.FromMinutes(15));

        var outcome = await _outbox.Courier.TryAsync(reply, default);

        outcome.Result.ShouldBe(DeliveryResult.Delivered);
        _rest.Calls.ShouldBe(["create: <@3> done"]);
        _rest.LastMessage.ShouldNotBeNull().AllowedMentions.UserIds.ShouldBe([User]);
    }

    [Fact]
    public async Task AnswersInTheChannel_WhenTheInteractionWasNeverAnswered()
    {
        _rest.Failures.Enqueue(new DiscordApiException(DiscordErrorKind.NotFound, "Unknown Message", errorCode: 10008));

        await _outbox.Courier.TryAsync(Interaction(OutgoingMessage.Text("done")), default);

        _rest.Calls.ShouldBe(["edit original failed: done", "create: <@3> done"]);
    }

    [Fact]
    public async Task SendsAnAnswerMeantOnlyForTheUser_ByDirectMessage_WhenItsInteractionIsGone()
    {
        var reply = Interaction(OutgoingMessage.Text("secret") with { Flags = MessageFlags.Ephemeral });
        _time.Advance(TimeSpan.FromMinutes(15));

        await _outbox.Courier.TryAsync(reply, default);

        _rest.Calls.ShouldBe(["dm: secret"]);
        _rest.LastMessage.ShouldNotBeNull().Flags.ShouldBe(MessageFlags.None);
    }

    [Fact]
    public async Task WaitsAsLongAsDiscordAsks_WhenThatIsLongerThanTheBackoff()
    {
        _rest.Failures.Enqueue(new DiscordApiException(DiscordErrorKind.RateLimited, "rate limited for another 120 s") { RetryAfter = TimeSpan.FromSeconds(120) });

        var outcome = await _outbox.Courier.TryAsync(InChannel("done"), default);

        (outcome.Result, outcome.RetryIn).ShouldBe((DeliveryResult.Retry, TimeSpan.FromSeconds(120)));
    }

    [Fact]
    public async Task DoublesTheWait_WithEachFailedAttempt_UpToTheLongest()
    {
        var reply = InChannel("done");
        var waits = new List<TimeSpan>();
        for (var attempt = 0; attempt < 11; attempt++)
        {
            _rest.Failures.Enqueue(new DiscordApiException(DiscordErrorKind.ServerError, "HTTP 503"));
            var outcome = await _outbox.Courier.TryAsync(reply, default);
            reply.Failed(outcome.Reason, _time.GetUtcNow() + outcome.RetryIn);
            waits.Add(outcome.RetryIn);
        }

        waits.Select(w => w.TotalSeconds).ShouldBe([1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]);
    }

    [Fact]
    public async Task SendsEveryAttemptOfAChannelMessage_WithTheSameNonce()
    {
        var reply = InChannel("done");
        _rest.Failures.Enqueue(new DiscordApiException(DiscordErrorKind.ServerError, "HTTP 502"));

        await _outbox.Courier.TryAsync(reply, default);
        var first = _rest.LastMessage.ShouldNotBeNull().Nonce;
        await _outbox.Courier.TryAsync(reply, default);

        first.ShouldNotBeNullOrEmpty();
        _rest.LastMessage.ShouldNotBeNull().Nonce.ShouldBe(first);
    }

    [Fact]
    public async Task NeverSendsAFollowupAgain_ThatMayHaveArrived()
    {
        var followup = PendingReplies.ToInteraction(Slash(), _time.GetUtcNow(), [OutgoingMessage.Text("one"), OutgoingMessage.Text("two")], original: true, _time.GetUtcNow())[1];
        _rest.Failures.Enqueue(new DiscordApiException(DiscordErrorKind.ServerError, "HTTP 500"));

        var outcome = await _outbox.Courier.TryAsync(followup, default);

        outcome.Result.ShouldBe(DeliveryResult.Abandoned);
    }

    [Fact]
    public async Task GivesUp_AnAnswerOlderThanTheLimit()
    {
        var reply = InChannel("done");
        _time.Advance(TimeSpan.FromHours(24));

        var outcome = await _outbox.Courier.TryAsync(reply, default);

        outcome.Result.ShouldBe(DeliveryResult.Abandoned);
        _rest.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task QueuesTheMessageDiscordDidNotTake_AndTheOnesAfterIt_InOrder()
    {
        _rest.Failures.Enqueue(new DiscordApiException(DiscordErrorKind.ServerError, "HTTP 503"));
        var now = _time.GetUtcNow();

        var sent = await _outbox.Outbox.DeliverAsync(
            [PendingReplies.InChannel(Channel, 5, OutgoingMessage.Text("one"), now), PendingReplies.InChannel(Channel, null, OutgoingMessage.Text("two"), now)], default);

        sent.ShouldBe([null, null]);
        _outbox.Store.Replies.Select(r => OutgoingMessageCodec.Decode(r.Message).Content).ShouldBe(["one", "two"]);
        _outbox.Store.Replies[0].NextAttemptAt.ShouldBe(now + TimeSpan.FromSeconds(1));
    }

    private PendingReply InChannel(string text) => PendingReplies.InChannel(Channel, 5, OutgoingMessage.Text(text), _time.GetUtcNow());

    private PendingReply Interaction(OutgoingMessage message) =>
        PendingReplies.ToInteraction(Slash(), _time.GetUtcNow(), [message], original: true, _time.GetUtcNow())[0];

    private static InteractionCreated Slash() =>
        new(1, 2, InteractionType.ApplicationCommand, "token", null, Channel, User, [], new InteractionData("status", [], null, null, [], [], []), null);
}
