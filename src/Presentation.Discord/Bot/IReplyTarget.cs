using ServerStatus.Presentation.Discord.DiscordApi.Messages;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>Where a command's answer goes: a channel (chat commands) or an interaction (slash commands).</summary>
public interface IReplyTarget
{
    /// <summary>Delivers the reply once it is ready, showing "working" (typing, or a deferred response) if it takes long.</summary>
    Task DeliverAsync(Task<BotReply> reply, CancellationToken ct);

    /// <summary>Posts a confirmation prompt; returns how to replace it later (when it expires).</summary>
    Task<Func<OutgoingMessage, CancellationToken, Task>> PromptAsync(OutgoingMessage prompt, CancellationToken ct);
}
