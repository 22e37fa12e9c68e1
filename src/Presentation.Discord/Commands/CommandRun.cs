using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>A parsed command ready to run; <paramref name="ConfirmationPrompt"/> is set when it must be confirmed first.</summary>
public sealed record CommandRun(Func<CommandContext, CancellationToken, Task<BotReply>> Execute, string? ConfirmationPrompt = null);
