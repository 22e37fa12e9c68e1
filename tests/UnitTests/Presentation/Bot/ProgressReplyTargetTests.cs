using DiscordApi.Events;
using DiscordApi.Messages;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Backups;
using ServerStatus.Presentation.Discord.Bot;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Hosting;
using ServerStatus.Presentation.Discord.Replies;
using ServerStatus.UnitTests.Fakes;

namespace ServerStatus.UnitTests.Presentation.Bot;

/// <summary>
/// Chat and slash reply targets with a command that reports progress. The targets run without a synchronization
/// context, so advancing the fake clock runs them up to their next wait before the test goes on.
/// </summary>
public sealed class ProgressReplyTargetTests : IDisposable
{
    private const ulong ChannelId = 10;
    private static readonly TimeSpan TypingAfter = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan DeferAfter = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan EditEvery = TimeSpan.FromSeconds(3);

    private readonly FakeTimeProvider _time = new();
    private readonly RecordingDiscordRest _rest = new();
    private readonly TaskCompletionSource<BotReply> _reply = new();
    private readonly OutboxHarness _outbox;

    public ProgressReplyTargetTests()
    {
        SynchronizationContext.SetSynchronizationContext(null);
        _outbox = new OutboxHarness(_rest, _time);
    }

    public void Dispose() => _outbox.Dispose();

    [Fact]
    public async Task EditsTheProgressReplyIntoTheAnswer_WhenTheCommandReportsProgress()
    {
        var progress = new CommandProgress(_time);
        var report = progress.Reporter((p, elapsed) => $"{p.BytesDone} B after {elapsed.TotalSeconds} s");
        var delivering = Chat().DeliverAsync(_reply.Task, progress, CancellationToken.None);
        _time.Advance(TypingAfter);
        report.Report(new JobProgress(JobStages.Written, 100));
        _time.Advance(EditEvery - TypingAfter);
        _time.Advance(EditEvery);

        _reply.SetResult(BotReply.Of(OutgoingMessage.Text("done")));
        await delivering;

        _rest.Calls.ShouldBe(["typing", "create reply: 100 B after 2 s", "edit 1: 100 B after 5 s", "edit 1: done"]);
    }

    [Fact]
    public async Task EditsOnlyWhenTheLineChanged_AndStopsTyping_OnceProgressShows()
    {
        var progress = new CommandProgress(_time);
        var report = progress.Reporter((p, _) => p.Stage);
        var delivering = Chat().DeliverAsync(_reply.Task, progress, CancellationToken.None);
        report.Report(new JobProgress(JobStages.Stopping));
        _time.Advance(EditEvery);
        _time.Advance(EditEvery);
        report.Report(new JobProgress(JobStages.Starting));
        _time.Advance(EditEvery);
        _time.Advance(EditEvery);

        _reply.SetResult(BotReply.Of(OutgoingMessage.Text("done")));
        await delivering;

        _rest.Calls.ShouldBe(["typing", $"create reply: {JobStages.Stopping}", $"edit 1: {JobStages.Starting}", "edit 1: done"]);
    }

    [Fact]
    public async Task PostsTheAnswer_WhenTheProgressReplyCannotBeEdited()
    {
        _rest.FailEdits = true;
        var progress = new CommandProgress(_time);
        var report = progress.Reporter((p, _) => p.Stage);
        var delivering = Chat().DeliverAsync(_reply.Task, progress, CancellationToken.None);
        report.Report(new JobProgress(JobStages.Verifying));
        _time.Advance(EditEvery);
        report.Report(new JobProgress(JobStages.Stopping));
        _time.Advance(EditEvery);

        _reply.SetResult(BotReply.Of(OutgoingMessage.Text("done")));
        await delivering;

        _rest.Calls.ShouldBe(["typing", $"create reply: {JobStages.Verifying}", $"edit 1 refused: {JobStages.Stopping}", "edit 1 refused: done", "create reply: done"]);
    }

    [Fact]
    public async Task TypesAndAnswersOnce_WhenTheCommandReportsNoProgress()
    {
        var delivering = Chat().DeliverAsync(_reply.Task, new CommandProgress(_time), CancellationToken.None);
        _time.Advance(TypingAfter);
        _time.Advance(TimeSpan.FromSeconds(8));

        _reply.SetResult(new BotReply([OutgoingMessage.Text("done"), OutgoingMessage.Text("more")]));
        await delivering;

        _rest.Calls.ShouldBe(["typing", "typing", "create reply: done", "create: more"]);
    }

    [Fact]
    public async Task EditsTheDeferredResponse_WithProgressAndThenTheAnswer()
    {
        var progress = new CommandProgress(_time);
        var report = progress.Reporter((p, _) => $"{p.Stage} {p.BytesDone}");
        var delivering = Slash().DeliverAsync(_reply.Task, progress, CancellationToken.None);
        report.Report(new JobProgress(JobStages.Restored, 5));
        _time.Advance(DeferAfter);
        _time.Advance(EditEvery);

        _reply.SetResult(new BotReply([new OutgoingMessage { Embeds = [new EmbedBuilder().WithDescription("failed").Build()] }, OutgoingMessage.Text("more")]));
        await delivering;

        // The answer has no content of its own: the edit clears the progress line.
        _rest.Calls.ShouldBe(["defer", $"edit original: {JobStages.Restored} 5", "edit original: ", "follow-up: more"]);
    }

    [Fact]
    public async Task AnswersAtOnce_WhenTheCommandEndsBeforeTheDeferral()
    {
        var progress = new CommandProgress(_time);
        progress.Reporter((p, _) => p.Stage).Report(new JobProgress(JobStages.Verifying));
        var delivering = Slash().DeliverAsync(_reply.Task, progress, CancellationToken.None);

        _reply.SetResult(BotReply.Of(OutgoingMessage.Text("done")));
        await delivering;

        _rest.Calls.ShouldBe(["respond: done"]);
    }

    private ProgressDisplay Display() =>
        new(Options.Create(new BotOptions { ProgressEditSeconds = EditEvery.TotalSeconds }), _time, NullLogger<ProgressDisplay>.Instance);

    private ChannelReplyTarget Chat() => new(_rest, _outbox.Outbox, ChannelId, commandMessageId: 5, TypingAfter, _time, Display());

    private InteractionReplyTarget Slash() =>
        new(_rest, _outbox.Outbox, new InteractionCreated(1, 2, InteractionType.ApplicationCommand, "token", null, ChannelId, 3, [], new InteractionData("backup", [], null, null, [], [], []), null),
            DeferAfter, _time, NullLogger.Instance, progressDisplay: Display());
}
