using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>A message addressed to the bot: a command ready to run, or the answer explaining what was wrong.</summary>
public sealed record PrefixParse(BotCommand? Command, CommandRun? Run, BotReply? Problem)
{
    public static PrefixParse Ready(BotCommand command, CommandRun run) => new(command, run, null);

    public static PrefixParse Rejected(BotReply problem, BotCommand? command = null) => new(command, null, problem);
}
