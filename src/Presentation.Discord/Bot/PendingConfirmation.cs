namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>
/// A dangerous command waiting for its requester's Confirm or Cancel; <paramref name="Prompted"/> completes with how to
/// replace the prompt once it is posted; <paramref name="Progress"/> is shown while the command runs.
/// </summary>
public sealed record PendingConfirmation(
    string Id,
    ulong RequesterId,
    string Question,
    Func<CancellationToken, Task<Replies.BotReply>> Run,
    Task<Func<DiscordApi.Messages.OutgoingMessage, CancellationToken, Task>> Prompted,
    ITimer Expiry,
    Commands.CommandProgress? Progress = null);
