using System.Globalization;
using DiscordApi.Commands;
using ServerStatus.Application.Audit;
using ServerStatus.Application.Common.Results;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>audit: the newest rows of the audit log, for admins.</summary>
public static class AuditCommands
{
    public const string ServerOption = "server";
    public const string CountOption = "count";

    public static IReadOnlyList<BotCommand> All { get; } = [Audit()];

    private static BotCommand Audit() => new(
        new CommandDefinition("audit", "Admin", "Shows the newest audit log entries, optionally only those naming a server.", "audit [server] [count]")
        {
            Examples = ["audit", "audit mc", "audit mc 25", "audit 50"],
            AdminOnly = true,
            SlashOptions =
            [
                new CommandOption(CommandOptionType.String, ServerOption, "Only entries naming this server") { MaxLength = 100 },
                new CommandOption(CommandOptionType.Integer, CountOption, "How many entries (1-100, default 10)")
                {
                    MinValue = 1,
                    MaxValue = ListAudit.MaxCount,
                },
            ],
        },
        Parse);

    /// <summary><c>audit</c>, <c>audit 25</c>, <c>audit mc</c>, <c>audit mc 25</c>: a lone number is the count.</summary>
    public static Result<CommandRun> Parse(CommandArguments args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Flags.Count > 0)
        {
            return Error.Invalid($"Unknown option `--{args.Flags.First()}`.");
        }

        string? server = null;
        var count = ListAudit.DefaultCount;
        switch (args.Words.Count)
        {
            case 0:
                break;
            case 1 when IsNumber(args.Words[0], out var only):
                count = only;
                break;
            case 1:
                server = args.Words[0];
                break;
            case 2 when IsNumber(args.Words[1], out var second):
                server = args.Words[0];
                count = second;
                break;
            case 2:
                return Error.Invalid($"`{ErrorReplies.Fit(args.Words[1], 40)}` is not a number of entries.");
            default:
                return Error.Invalid("`audit` takes at most a server and a count.");
        }

        var query = new ListAudit(server, count);
        return new CommandRun(async (context, ct) =>
        {
            var result = await context.Sender.SendAsync(context.Actor, query, ct);
            return result.IsSuccess ? AuditReplies.List(result.Value) : ErrorReplies.From(result.Errors);
        });
    }

    private static bool IsNumber(string word, out int value) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
