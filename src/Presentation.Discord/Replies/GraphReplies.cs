using DiscordApi.Messages;
using ServerStatus.Application.Graphs;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>A graph: the PNG attached under a one-line caption, or a sentence when there is nothing to draw.</summary>
public static class GraphReplies
{
    public static BotReply Chart(GraphReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var names = Bold(report.Servers);
        if (!report.HasChart)
        {
            return BotReply.Of(new OutgoingMessage
            {
                Content = ErrorReplies.Fit(
                    $"📈 No resource history for {names} in the last {report.Range.Label}. Samples are taken while a server runs; try a longer range, or again in a few minutes.",
                    DiscordLimits.ContentLength),
            });
        }

        var missing = report.WithoutData.Count == 0 ? "" : $" No history in this range for {Bold(report.WithoutData)}.";
        var caption = ErrorReplies.Fit($"📈 {names}, last {report.Range.Label} (UTC).{missing}", DiscordLimits.ContentLength);
        return BotReply.Of(new MessageBuilder()
            .WithContent(caption)
            .AddFile(FileName(report), report.Png, $"CPU and memory of {string.Join(", ", report.Servers)} over the last {report.Range.Label}")
            .Build());
    }

    // Attachment names: letters, digits, dots and dashes only.
    private static string FileName(GraphReport report)
    {
        var name = string.Join('-', report.Servers.Select(s => new string([.. s.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '-')])));
        return $"graph-{(name.Length > 80 ? name[..80] : name)}-{report.Range.Label}.png";
    }

    private static string Bold(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"**{n}**"));
}
