using ServerStatus.Application.Bot;
using ServerStatus.Application.Common.Results;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.General;

/// <summary><c>uptime</c>: the bot's uptime, version, Docker engines and gateway latency; open to everyone.</summary>
public sealed class UptimeCommand : BotCommand<GetBotUptime, BotUptimeView>
{
    public override CommandInfo Info { get; } = new("uptime", "Bot", "Shows the bot's uptime, version, Docker engines and gateway latency.", "uptime")
    {
        Aliases = ["bot_uptime", "version"],
        Examples = ["uptime"],
    };

    protected override GetBotUptime Sample { get; } = new();

    public override Result<GetBotUptime> Parse(CommandArguments arguments) =>
        arguments.Words.Count > 0 ? Error.Invalid("`uptime` takes no arguments.") : new GetBotUptime();

    public override BotReply Format(BotUptimeView result) => BotReplies.Uptime(result);
}
