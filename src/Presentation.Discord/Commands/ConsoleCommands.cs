using System.Globalization;
using DiscordApi.Commands;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Permissions;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>cmd (console input), exec and logs.</summary>
public static class ConsoleCommands
{
    public static IReadOnlyList<BotCommand> All { get; } = [Cmd(), Exec(), Logs()];

    private static CommandOption ServerOption() =>
        new(CommandOptionType.String, ServerCommands.ServerOption, "The server") { Required = true, Autocomplete = true, MaxLength = 161 };

    private static BotCommand Cmd() => new(
        new CommandDefinition("cmd", "Console", "Types a line into a server's console (stdin) and shows what it answers.", "cmd <server> <text...>")
        {
            Aliases = ["send", "command"],
            Examples = ["cmd mc say Server restarts in 5 minutes", "cmd mc save-all"],
            Permission = Permission.Cmd,
            TakesRawText = true,
            SlashOptions = [ServerOption(), new CommandOption(CommandOptionType.String, "text", "The console line") { Required = true, MaxLength = 1000 }],
        },
        args =>
        {
            if (args.Words.Count < 2)
            {
                return Error.Invalid("Name a server and the line to send.");
            }

            var server = args.Words[0];
            var text = TextAfterFirstWord(args.Raw);
            return new CommandRun(async (context, ct) =>
            {
                var result = await context.Sender.SendAsync(context.Actor, new SendConsoleCommand(server, text), ct);
                return result.IsSuccess ? ConsoleReplies.Sent(result.Value) : ErrorReplies.From(result.Errors);
            });
        });

    private static BotCommand Exec() => new(
        new CommandDefinition("exec", "Console", "Runs a command in a server's container and shows its output and exit code.", "exec <server> <command...>")
        {
            Examples = ["exec mc ls -la /data", "exec web sh -c \"df -h | head\""],
            Permission = Permission.Exec,
            SlashOptions = [ServerOption(), new CommandOption(CommandOptionType.String, "command", "The command, split into words like a shell (no shell runs it)") { Required = true, MaxLength = 4000 }],
        },
        args => args.Words.Count < 2
            ? Error.Invalid("Name a server and the command to run.")
            : new CommandRun(async (context, ct) =>
            {
                var result = await context.Sender.SendAsync(context.Actor, new ExecInServer(args.Words[0], [.. args.Words.Skip(1)]), ct);
                return result.IsSuccess ? ConsoleReplies.Exec(result.Value) : ErrorReplies.From(result.Errors);
            }));

    private static BotCommand Logs() => new(
        new CommandDefinition("logs", "Console", $"Shows the last lines of a server's log (default {GetServerLogs.DefaultLines}, at most {GetServerLogs.MaxLines}).", "logs <server> [lines]")
        {
            Aliases = ["get_logs", "log"],
            Examples = ["logs mc", "logs mc 200"],
            Permission = Permission.Logs,
            SlashOptions = [ServerOption(), new CommandOption(CommandOptionType.Integer, "lines", "How many lines") { MinValue = 1, MaxValue = GetServerLogs.MaxLines }],
        },
        args =>
        {
            if (args.Words.Count is < 1 or > 2)
            {
                return Error.Invalid("Name one server, and optionally how many lines.");
            }

            var lines = GetServerLogs.DefaultLines;
            if (args.Words.Count == 2 && !int.TryParse(args.Words[1], NumberStyles.None, CultureInfo.InvariantCulture, out lines))
            {
                return Error.Invalid($"`{args.Words[1]}` is not a number of lines.");
            }

            return new CommandRun(async (context, ct) =>
            {
                var result = await context.Sender.SendAsync(context.Actor, new GetServerLogs(args.Words[0], lines), ct);
                return result.IsSuccess ? ConsoleReplies.Logs(result.Value) : ErrorReplies.From(result.Errors);
            });
        });

    private static string TextAfterFirstWord(string raw)
    {
        var trimmed = raw.TrimStart();
        var end = trimmed.IndexOfAny([' ', '\t']);
        return end < 0 ? "" : trimmed[(end + 1)..].TrimStart();
    }
}
