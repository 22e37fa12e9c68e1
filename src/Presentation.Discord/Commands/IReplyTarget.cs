using DiscordApi.Messages;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>Where a command's answer goes: a channel (chat commands) or an interaction (slash commands).</summary>
public interface IReplyTarget
{
    /// <summary>
    /// Delivers the reply once it is ready, showing "working" (typing, or a deferred response) if it takes long, and
    /// the command's progress line if it reports one; the reply then replaces the progress message.
    /// </summary>
    Task DeliverAsync(Task<BotReply> reply, CommandProgress? progress, CancellationToken ct);

    /// <summary>Replaces the delivered answer (its first message) with a better one.</summary>
    Task EditAsync(BotReply reply, CancellationToken ct);

    /// <summary>Answers a request the bot could not read; where Discord allows, only its author sees it (slash commands).</summary>
    Task RefuseAsync(BotReply problem, CancellationToken ct);

    /// <summary>Posts a confirmation prompt; returns how to replace it later (when it expires).</summary>
    Task<Func<OutgoingMessage, CancellationToken, Task>> PromptAsync(OutgoingMessage prompt, CancellationToken ct);
}
