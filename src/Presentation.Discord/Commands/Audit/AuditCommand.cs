using System.Globalization;
using DiscordApi.Commands;
using ServerStatus.Application.Audit;
using ServerStatus.Application.Common.Results;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Audit;

/// <summary><c>audit [server] [count]</c>: the newest audit rows; a lone number is the count.</summary>
public sealed class AuditCommand : BotCommand<ListAudit, AuditView>
{
    public const string CountOption = "count";

    public override CommandInfo Info { get; } = new("audit", "Admin", "Shows the newest audit log entries, optionally only those naming a server.", "audit [server] [count]")
    {
        Examples = ["audit", "audit mc", "audit mc 25", "audit 50"],
        SlashOptions =
        [
            new CommandOption(CommandOptionType.String, CommandOptions.ServerName, "Only entries naming this server") { MaxLength = 100 },
            new CommandOption(CommandOptionType.Integer, CountOption, "How many entries (1-100, default 10)") { MinValue = 1, MaxValue = ListAudit.MaxCount },
        ],
    };

    protected override ListAudit Sample { get; } = new();

    public override Result<ListAudit> Parse(CommandArguments arguments) => arguments.Words switch
    {
        [] => new ListAudit(),
        [var only] when IsNumber(only, out var count) => new ListAudit(null, count),
        [var server] => new ListAudit(server),
        [var server, var second] when IsNumber(second, out var count) => new ListAudit(server, count),
        [_, var second] => Error.Invalid($"`{ErrorReplies.Fit(second, 40)}` is not a number of entries."),
        _ => Error.Invalid("`audit` takes at most a server and a count."),
    };

    public override BotReply Format(AuditView result) => AuditReplies.List(result);

    // A server name never starts with a sign, so a signed word is a count as well; one outside 1-100 (however far)
    // is then refused with the range, not taken for a server.
    private static bool IsNumber(string word, out int value)
    {
        var negative = word.StartsWith('-');
        var digits = negative || word.StartsWith('+') ? word[1..] : word;
        value = 0;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        value = long.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? (int)Math.Clamp(number, int.MinValue, int.MaxValue)
            : negative ? int.MinValue : int.MaxValue;
        return true;
    }
}
