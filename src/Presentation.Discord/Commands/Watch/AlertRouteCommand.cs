using DiscordApi.Commands;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Watch;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Watch;

/// <summary><c>alerts channel &lt;#channel&gt; &lt;servers...|*&gt;</c>, <c>alerts off …</c>, <c>alerts on …</c>: one class, the change is a value.</summary>
public sealed class AlertRouteCommand(AlertRouteChange change) : BotCommand<SetAlertRoute, WatchChange>
{
    public override CommandInfo Info { get; } = Describe(change);

    protected override SetAlertRoute Sample { get; } = new(change, ["mc"], change == AlertRouteChange.Channel ? 1UL : null);

    public override Result<SetAlertRoute> Parse(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (change != AlertRouteChange.Channel)
        {
            return arguments.Words.Count == 0 ? Error.Invalid("Name servers, or `*` for all of them.") : new SetAlertRoute(change, arguments.Words);
        }

        if (arguments.Words.Count == 0 || !Mentions.TryParseChannel(arguments.Words[0], out var channel))
        {
            return Error.Invalid("Name the channel first, then the servers: `alerts channel #ops mc web` (or `*` for all servers).");
        }

        return arguments.Words.Count == 1
            ? Error.Invalid("Name servers after the channel, or `*` for all of them.")
            : new SetAlertRoute(change, [.. arguments.Words.Skip(1)], channel);
    }

    public override BotReply Format(WatchChange result) => WatchReplies.Change(result);

    private static CommandInfo Describe(AlertRouteChange change) => change switch
    {
        AlertRouteChange.Channel => new("alerts_channel", "Watch", "Posts these servers' incidents in a channel (`*`: the default).",
            "alerts channel <#channel> <servers...|*>")
        {
            Examples = ["alerts channel #ops mc", "alerts channel #alerts *"],
            SlashOptions =
            [
                new CommandOption(CommandOptionType.Channel, "channel", "Where their incidents go") { Required = true },
                CommandOptions.Servers(required: true),
            ],
        },
        AlertRouteChange.Off => new("alerts_off", "Watch", "No incidents for these servers (`*`: all): they are only logged.", "alerts off <servers...|*>")
        {
            Examples = ["alerts off web", "alerts off *"],
            SlashOptions = [CommandOptions.Servers(required: true)],
        },
        _ => new("alerts_on", "Watch", "These servers' incidents follow the default route again.", "alerts on <servers...|*>")
        {
            Examples = ["alerts on web", "alerts on *"],
            SlashOptions = [CommandOptions.Servers(required: true)],
        },
    };
}
