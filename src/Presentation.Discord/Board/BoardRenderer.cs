using System.Globalization;
using System.Text;
using DiscordApi.Messages;
using ServerStatus.Application.Board;
using ServerStatus.Domain.Servers;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Board;

/// <summary>
/// A board as messages: a header (last update as a Discord timestamp, counts of running, stopped and unhealthy servers),
/// then the <c>status</c> overview's line per server (with the latest CPU and memory of the running ones), split over as
/// many embeds and messages as the limits require, in order.
/// </summary>
public static class BoardRenderer
{
    public static IReadOnlyList<OutgoingMessage> Render(BoardContent content, DateTimeOffset updatedAt)
    {
        ArgumentNullException.ThrowIfNull(content);
        var servers = content.Overview.Servers;
        var running = servers.Count(s => s.State == ServerState.Running);
        var stopped = servers.Count(s => s.State is ServerState.Exited or ServerState.Dead or ServerState.Created);
        var unhealthy = servers.Count(s => s.Health == HealthStatus.Unhealthy);
        var header = string.Create(CultureInfo.InvariantCulture,
            $"Updated <t:{updatedAt.ToUnixTimeSeconds()}:R> · 🟢 {running} running · 🔴 {stopped} stopped · 🟠 {unhealthy} unhealthy");
        var lines = StatusReplies.OverviewLines(content.Overview, content.Usage).ToList();
        var title = string.Create(CultureInfo.InvariantCulture, $"Status board #{content.Board.Id}");
        return LineEmbeds.Build(title, [header, .. lines.Count == 0 ? ["No servers to show."] : lines], StatusReplies.OverviewColor(content.Overview),
            string.Create(CultureInfo.InvariantCulture, $"{running} of {servers.Count} running"));
    }

    /// <summary>What a message shows (its embeds' text and colours, its components): equal fingerprints look the same in Discord.</summary>
    public static string Fingerprint(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = new StringBuilder(message.Content);
        foreach (var embed in message.Embeds)
        {
            text.Append('\u001e').Append(embed.Title).Append('\u001f').Append(embed.Description).Append('\u001f').Append(embed.FooterText)
                .Append('\u001f').Append(embed.Color?.ToString(CultureInfo.InvariantCulture));
            foreach (var field in embed.Fields)
            {
                text.Append('\u001f').Append(field.Name).Append('\u001f').Append(field.Value);
            }
        }

        return text.ToString();
    }
}
