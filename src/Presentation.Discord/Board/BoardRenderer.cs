using System.Globalization;
using System.Text;
using DiscordApi.Messages;
using ServerStatus.Application.Board;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Servers;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Board;

/// <summary>
/// A board as messages: a header (last update as a Discord timestamp, counts of running, stopped and unhealthy servers),
/// then the <c>status</c> overview's line per server (with the latest CPU and memory of the running ones), split over as
/// many embeds and messages as the limits require, in order; under each message the controls of <see cref="BoardComponents"/>.
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
        var messages = LineEmbeds.BuildMessages(title, [header, .. lines.Count == 0 ? ["No servers to show."] : lines], StatusReplies.OverviewColor(content.Overview),
            string.Create(CultureInfo.InvariantCulture, $"{running} of {servers.Count} running"), BoardComponents.LinesPerMessage);
        var qualify = servers.Select(s => s.Id.Engine).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1;
        return [.. messages.Select(m => m.Message with { Components = BoardComponents.Rows(content.Board.Id, ServersShownBy(m, servers), qualify) })];
    }

    // The header is line 0, so server i is line i + 1 (the lines of names not found and of engine problems come after them).
    private static ServerSummary[] ServersShownBy(LineMessage message, IReadOnlyList<ServerSummary> servers) =>
        [.. servers.Where((_, i) => i + 1 >= message.FirstLine && i + 1 < message.FirstLine + message.LineCount)];

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

        foreach (var row in message.Components)
        {
            text.Append('\u001d');
            if (row.Select is { } select)
            {
                text.Append(select.CustomId).Append('\u001f').Append(select.Placeholder);
                foreach (var option in select.Options)
                {
                    text.Append('\u001f').Append(option.Emoji).Append(option.Label).Append('\u001f').Append(option.Value);
                }
            }

            foreach (var button in row.Buttons)
            {
                text.Append('\u001f').Append(button.CustomId).Append('\u001f').Append(button.Emoji).Append(button.Label);
            }
        }

        return text.ToString();
    }
}
