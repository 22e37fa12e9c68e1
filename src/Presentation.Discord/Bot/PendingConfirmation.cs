namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>A dangerous command waiting for its requester's Confirm or Cancel; <paramref name="Progress"/> is shown while it runs.</summary>
public sealed record PendingConfirmation(
    string Id,
    ulong RequesterId,
    string Question,
    Func<CancellationToken, Task<Replies.BotReply>> Run,
    Func<DiscordApi.Messages.OutgoingMessage, CancellationToken, Task> ReplacePrompt,
    ITimer Expiry,
    Commands.CommandProgress? Progress = null);
