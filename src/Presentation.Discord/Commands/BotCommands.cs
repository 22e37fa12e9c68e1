using DiscordApi.Commands;
using ServerStatus.Application.Bot;
using ServerStatus.Application.Common.Results;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>help and uptime: commands about the bot itself, open to everyone.</summary>
public static class BotCommands
{
    public static IReadOnlyList<BotCommand> All { get; } = [Help(), Uptime()];

    private static BotCommand Help() => new(
        new CommandDefinition("help", "Bot", "Lists the commands you may use, or explains one.", "help [command]")
        {
            Aliases = ["h", "commands"],
            Examples = ["help", "help restart"],
            SlashOptions = [new CommandOption(CommandOptionType.String, "command", "A command to explain") { MaxLength = 32 }],
        },
        args => args.Words.Count > 1 || args.Flags.Count > 0
            ? Error.Invalid("`help` takes at most one command name.")
            : new CommandRun(async (context, ct) =>
            {
                if (args.Words.Count == 1)
                {
                    return HelpReplies.ForCommand(context.Catalog, args.Words[0], context.Prefix);
                }

                var rights = await context.Sender.SendAsync(context.Actor, new GetActorRights(), ct);
                return rights.IsSuccess ? HelpReplies.Overview(context.Catalog, rights.Value, context.Prefix) : ErrorReplies.From(rights.Errors);
            }));

    private static BotCommand Uptime() => new(
        new CommandDefinition("uptime", "Bot", "Shows the bot's uptime, version, Docker engines and gateway latency.", "uptime")
        {
            Aliases = ["bot_uptime", "version"],
            Examples = ["uptime"],
        },
        args => args.Words.Count > 0 || args.Flags.Count > 0
            ? Error.Invalid("`uptime` takes no arguments.")
            : new CommandRun(async (context, ct) =>
            {
                var result = await context.Sender.SendAsync(context.Actor, new GetBotUptime(), ct);
                return result.IsSuccess ? BotReplies.Uptime(result.Value) : ErrorReplies.From(result.Errors);
            }));
}
