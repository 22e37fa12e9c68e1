using DiscordApi.Messages;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>One line per server of a power action.</summary>
public static class PowerReplies
{
    public static BotReply Report(PowerReport report)
    {
        var lines = report.Servers.Select(s => $"{(s.Outcome == Outcome.Ok ? "✅" : "❌")} **{s.Server}** — {s.Message}");
        var color = report.Overall == Outcome.Ok ? ReplyColors.Good
            : report.Servers.Any(s => s.Outcome == Outcome.Ok) ? ReplyColors.Warning
            : ReplyColors.Bad;
        var title = char.ToUpperInvariant(report.Action[0]) + report.Action[1..];
        return new BotReply(LineEmbeds.Build(title, lines, color));
    }
}
