using DiscordApi.Commands;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Graphs;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Graphs;

/// <summary><c>graph &lt;servers...&gt; [1h|6h|24h|7d|30d]</c>: CPU and memory over time as a PNG chart, with the events in it.</summary>
public sealed class GraphCommand : BotCommand<GetResourceGraph, GraphReport>
{
    public const string RangeOption = "range";

    public override CommandInfo Info { get; } = new("graph", "Servers",
        "CPU and memory over time as a chart, with incidents, restarts, backups and restores marked.",
        "graph <servers...> [1h|6h|24h|7d|30d]")
    {
        Aliases = ["graphs", "history"],
        Examples = ["graph mc", "graph mc 7d", "graph mc web 6h"],
        SlashOptions =
        [
            CommandOptions.Servers(required: true),
            new CommandOption(CommandOptionType.String, RangeOption, "How far back (default 24h)")
            {
                Choices = [.. GraphRange.All.Select(r => CommandChoice.Of(r.Label, r.Label))],
            },
        ],
    };

    protected override GetResourceGraph Sample { get; } = new(["mc"], GraphRange.Default);

    public override Result<GetResourceGraph> Parse(CommandArguments arguments)
    {
        var words = arguments.Words;
        if (words.Count == 0)
        {
            return Error.Invalid("Name at least one server.");
        }

        // A last word like 24h or 7d is the range; a lone word is always a server.
        if (words.Count > 1 && GraphRange.LooksLikeRange(words[^1]))
        {
            return GraphRange.Parse(words[^1]) is { } range
                ? new GetResourceGraph([.. words.SkipLast(1)], range, arguments.Locale)
                : Error.Invalid($"`{words[^1]}` is not a range: say {string.Join(", ", GraphRange.All.Select(r => r.Label))}.");
        }

        return new GetResourceGraph(words, GraphRange.Default, arguments.Locale);
    }

    public override BotReply Format(GraphReport result) => GraphReplies.Chart(result);
}
