using DiscordApi.Events;
using DiscordApi.Messages;
using DiscordApi.Rest;
using ServerStatus.Presentation.Discord.Bot.Outbox;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>
/// Answers a slash command: at once when the work is quick, else a deferred response first
/// ("thinking…", well within Discord's 3 s) and the answer as an edit; extra messages as follow-ups.
/// While deferred, a command that reports progress has its progress line edited into the response.
/// The answer goes through the <see cref="ReplyOutbox"/>: a callback that failed is never sent twice (it may have
/// arrived); the answer then edits the original response, or goes to the channel when there is none.
/// </summary>
public sealed partial class InteractionReplyTarget(
    IDiscordRest rest, ReplyOutbox outbox, InteractionCreated interaction, TimeSpan deferAfter, TimeProvider time, ILogger logger, bool ephemeral = false,
    ProgressDisplay? progressDisplay = null)
    : IReplyTarget
{
    private readonly DateTimeOffset _receivedAt = time.GetUtcNow();

    public async Task DeliverAsync(Task<BotReply> reply, CommandProgress? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        await Task.WhenAny(reply, Task.Delay(deferAfter, time, ct));
        var deferred = !reply.IsCompleted;
        var progressShown = false;
        if (deferred)
        {
            await TryRespondAsync(InteractionResponse.Defer(ephemeral), ct);
            if (progressDisplay is not null && progress is not null)
            {
                progressShown = await progressDisplay.ShowUntilAsync(reply, progress, ShowProgressAsync, ct);
            }
        }

        var messages = (await reply).Messages.Select(Flagged).ToList();
        if (deferred && progressShown)
        {
            messages[0] = ProgressDisplay.Replacing(messages[0]);
        }

        var answered = !deferred && await TryRespondAsync(InteractionResponse.Reply(messages[0], ephemeral), ct);
        var answer = PendingReplies.ToInteraction(interaction, _receivedAt, messages, original: true, time.GetUtcNow());
        await outbox.DeliverAsync(answered ? [.. answer.Skip(1)] : answer, ct);
    }

    public Task EditAsync(BotReply reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, Flagged(ProgressDisplay.Replacing(reply.Messages[0])), ct);
    }

    /// <summary>Input problems are answered at once and only to the person who typed them.</summary>
    public Task RefuseAsync(BotReply problem, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return rest.RespondToInteractionAsync(interaction.InteractionId, interaction.Token, InteractionResponse.Reply(problem.Messages[0], ephemeral: true), ct);
    }

    public async Task<Func<OutgoingMessage, CancellationToken, Task>> PromptAsync(OutgoingMessage prompt, CancellationToken ct)
    {
        await rest.RespondToInteractionAsync(interaction.InteractionId, interaction.Token, InteractionResponse.Reply(Flagged(prompt), ephemeral), ct);
        return (replacement, token) => rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, replacement, token);
    }

    /// <summary>The initial response; false when it failed, and then it is never sent again (it may have arrived).</summary>
    private async Task<bool> TryRespondAsync(InteractionResponse response, CancellationToken ct)
    {
        try
        {
            await rest.RespondToInteractionAsync(interaction.InteractionId, interaction.Token, response, ct);
            return true;
        }
        catch (Exception ex) when (DeliveryFailures.IsDeliveryFailure(ex))
        {
            LogCallbackFailed(logger, ex, response.Type);
            return false;
        }
    }

    private Task ShowProgressAsync(string line, CancellationToken ct) =>
        rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, Flagged(ProgressDisplay.Message(line)), ct);

    private OutgoingMessage Flagged(OutgoingMessage message) =>
        ephemeral ? message with { Flags = message.Flags | MessageFlags.Ephemeral } : message;

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "The {Type} response to an interaction failed; the answer follows through its original response or the channel")]
    private static partial void LogCallbackFailed(ILogger logger, Exception exception, InteractionResponseType type);
}
