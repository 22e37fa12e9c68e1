using DiscordApi.Messages;
using ServerStatus.Application.Bot;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>Answers about the bot itself.</summary>
public static class BotReplies
{
    public static BotReply Uptime(BotUptimeView view)
    {
        var engines = string.Join("\n", view.Engines.Select(e => e.Problem is null
            ? $"🟢 `{e.Engine}` Docker {e.Version} (API {e.ApiVersion})"
            : $"🔴 `{e.Engine}` {e.Problem}"));
        var embed = new EmbedBuilder()
            .WithTitle("ServerStatus")
            .WithColor(view.Engines.All(e => e.Problem is null) ? ReplyColors.Info : ReplyColors.Warning)
            .AddField("Uptime", HumanTime.Duration(view.Uptime), inline: true)
            .AddField("Version", view.Version, inline: true)
            .AddField("Gateway latency", view.GatewayLatency is { } latency ? $"{latency.TotalMilliseconds:0} ms" : "not connected", inline: true)
            .AddField("Docker engines", ErrorReplies.Fit(engines, DiscordLimits.EmbedFieldValueLength))
            .WithFooter($"Started {view.StartedAt:yyyy-MM-dd HH:mm} UTC")
            .Build();
        return BotReply.Of(embed);
    }
}
