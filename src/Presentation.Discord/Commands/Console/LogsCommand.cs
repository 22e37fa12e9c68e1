using System.Globalization;
using DiscordApi.Commands;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Console;

/// <summary><c>logs &lt;server&gt; [lines]</c>: the last lines of the server's log.</summary>
public sealed class LogsCommand : BotCommand<GetServerLogs, LogsReport>
{
    public override CommandInfo Info { get; } = new("logs", "Console",
        $"Shows the last lines of a server's log (default {GetServerLogs.DefaultLines}, at most {GetServerLogs.MaxLines}).", "logs <server> [lines]")
    {
        Aliases = ["get_logs", "log"],
        Examples = ["logs mc", "logs mc 200"],
        SlashOptions =
        [
            CommandOptions.Server(),
            new CommandOption(CommandOptionType.Integer, "lines", "How many lines") { MinValue = 1, MaxValue = GetServerLogs.MaxLines },
        ],
    };

    protected override GetServerLogs Sample { get; } = new("mc");

    public override Result<GetServerLogs> Parse(CommandArguments arguments)
    {
        if (arguments.Words.Count is < 1 or > 2)
        {
            return Error.Invalid("Name one server, and optionally how many lines.");
        }

        var lines = GetServerLogs.DefaultLines;
        return arguments.Words.Count == 2 && !int.TryParse(arguments.Words[1], NumberStyles.None, CultureInfo.InvariantCulture, out lines)
            ? Error.Invalid($"`{arguments.Words[1]}` is not a number of lines.")
            : new GetServerLogs(arguments.Words[0], lines);
    }

    public override BotReply Format(LogsReport result) => ConsoleReplies.Logs(result);
}
