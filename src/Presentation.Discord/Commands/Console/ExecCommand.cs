using DiscordApi.Commands;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Console;

/// <summary><c>exec &lt;server&gt; &lt;command...&gt;</c>: runs a command line (split like a shell, run by none) in the container.</summary>
public sealed class ExecCommand : BotCommand<ExecInServer, ExecReport>
{
    public override CommandInfo Info { get; } = new("exec", "Console", "Runs a command in a server's container and shows its output and exit code.", "exec <server> <command...>")
    {
        Examples = ["exec mc ls -la /data", "exec web sh -c \"df -h | head\""],
        Arguments = ArgumentStyle.CommandLine,
        SlashOptions =
        [
            CommandOptions.Server(),
            new CommandOption(CommandOptionType.String, "command", "The command, split into words like a shell (no shell runs it)") { Required = true, MaxLength = 4000 },
        ],
    };

    protected override ExecInServer Sample { get; } = new("mc", ["ls"]);

    public override Result<ExecInServer> Parse(CommandArguments arguments) =>
        arguments.Words.Count < 2
            ? Error.Invalid("Name a server and the command to run.")
            : new ExecInServer(arguments.Words[0], [.. arguments.Words.Skip(1)]);

    public override BotReply Format(ExecReport result) => ConsoleReplies.Exec(result);
}
