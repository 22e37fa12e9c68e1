using DiscordApi.Commands;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Console;

/// <summary><c>cmd &lt;server&gt; &lt;text...&gt;</c>: types a line into the server's console exactly as written.</summary>
public sealed class CmdCommand : BotCommand<SendConsoleCommand, ConsoleReport>
{
    public override CommandInfo Info { get; } = new("cmd", "Console", "Types a line into a server's console (stdin) and shows what it answers.", "cmd <server> <text...>")
    {
        Aliases = ["send", "command"],
        Examples = ["cmd mc say Server restarts in 5 minutes", "cmd mc save-all"],
        Arguments = ArgumentStyle.RawText,
        SlashOptions = [CommandOptions.Server(), new CommandOption(CommandOptionType.String, "text", "The console line") { Required = true, MaxLength = 1000 }],
    };

    protected override SendConsoleCommand Sample { get; } = new("mc", "save-all");

    public override Result<SendConsoleCommand> Parse(CommandArguments arguments) =>
        arguments.Words.Count < 2
            ? Error.Invalid("Name a server and the line to send.")
            : new SendConsoleCommand(arguments.Words[0], arguments.AfterFirstWord().Raw);

    public override BotReply Format(ConsoleReport result) => ConsoleReplies.Sent(result);
}
