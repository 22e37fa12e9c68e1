using DiscordApi.Events;
using DiscordApi.Messages;
using DiscordApi.Rest;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>
/// Answers a slash command: at once when the work is quick, else a deferred response first
/// ("thinking…", well within Discord's 3 s) and the answer as an edit; extra messages as follow-ups.
/// While deferred, a command that reports progress has its progress line edited into the response.
/// </summary>
public sealed class InteractionReplyTarget(
    IDiscordRest rest, InteractionCreated interaction, TimeSpan deferAfter, TimeProvider time, bool ephemeral = false, ProgressDisplay? progressDisplay = null)
    : IReplyTarget
{
    public async Task DeliverAsync(Task<BotReply> reply, CommandProgress? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        await Task.WhenAny(reply, Task.Delay(deferAfter, time, ct));
        var deferred = !reply.IsCompleted;
        var progressShown = false;
        if (deferred)
        {
            await rest.RespondToInteractionAsync(interaction.InteractionId, interaction.Token, InteractionResponse.Defer(ephemeral), ct);
            if (progressDisplay is not null && progress is not null)
            {
                progressShown = await progressDisplay.ShowUntilAsync(reply, progress, ShowProgressAsync, ct);
            }
        }

        var messages = (await reply).Messages.Select(Flagged).ToList();
        if (deferred)
        {
            var answer = progressShown ? ProgressDisplay.Replacing(messages[0]) : messages[0];
            await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, answer, ct);
        }
        else
        {
            await rest.RespondToInteractionAsync(interaction.InteractionId, interaction.Token, InteractionResponse.Reply(messages[0], ephemeral), ct);
        }

        foreach (var extra in messages.Skip(1))
        {
            await rest.CreateFollowupAsync(interaction.ApplicationId, interaction.Token, extra, ct);
        }
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

    private Task ShowProgressAsync(string line, CancellationToken ct) =>
        rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, Flagged(ProgressDisplay.Message(line)), ct);

    private OutgoingMessage Flagged(OutgoingMessage message) =>
        ephemeral ? message with { Flags = message.Flags | MessageFlags.Ephemeral } : message;
}
