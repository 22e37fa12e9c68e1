using System.Globalization;
using DiscordApi.Messages;
using ServerStatus.Application.Games;
using ServerStatus.Application.Metrics;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>The status overview (one line per server, split over as many embeds as needed) and the server card.</summary>
public static class StatusReplies
{
    public static BotReply Overview(StatusOverview overview)
    {
        ArgumentNullException.ThrowIfNull(overview);
        var lines = OverviewLines(overview).Concat(overview.SuggestNarrowing ? [NarrowingHint] : []);
        var running = overview.Servers.Count(s => s.State == ServerState.Running);
        var footer = string.Create(CultureInfo.InvariantCulture, $"{running} of {overview.Servers.Count} running");
        var title = overview.Servers.Count == 0 && overview.Unresolved.Count == 0 && overview.Problems.Count == 0
            ? "No servers you may see"
            : "Servers";
        return new BotReply(LineEmbeds.Build(title, lines, OverviewColor(overview), footer));
    }

    /// <summary>
    /// One line per server (state emoji, name, status, CPU and memory of a running server whose latest sample is in
    /// <paramref name="usage"/> by engine-qualified name, its players when it has a player source, maintenance), then the names not found and the engines that did not answer.
    /// </summary>
    public static IEnumerable<string> OverviewLines(StatusOverview overview, IReadOnlyDictionary<string, MetricPoint>? usage = null)
    {
        ArgumentNullException.ThrowIfNull(overview);
        var qualify = overview.Servers.Select(s => s.Id.Engine).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1;
        return overview.Servers.Select(s => Line(s, qualify, Usage(s, usage) + Players(s, overview.Players), overview.Maintenance.For(s.Id)))
            .Concat(overview.Unresolved.Select(u => $"❔ **{u.Server}** — {u.Message}"))
            .Concat(overview.Problems.Select(p => $"⚠️ {p.Message}"));
    }

    /// <summary>Warning when an engine did not answer, a name was not found, or a server is down or unhealthy; else good.</summary>
    public static int OverviewColor(StatusOverview overview)
    {
        ArgumentNullException.ThrowIfNull(overview);
        return overview.Problems.Count > 0 || overview.Unresolved.Count > 0 ? ReplyColors.Warning
            : overview.Servers.Any(s => s.State is ServerState.Exited or ServerState.Dead || s.Health == HealthStatus.Unhealthy) ? ReplyColors.Warning
            : ReplyColors.Good;
    }

    /// <param name="measured">False while CPU and memory may still come (the card is edited then); true when they will not.</param>
    /// <summary>Shown once to an admin whose overview lists every container of the engines, and many of them.</summary>
    public const string NarrowingHint =
        "💡 This lists every container on the engine. To list only your servers, label them `serverstatus.enable=true` and set "
        + "`Docker:Discovery:Mode` to `Label`, or name them in `Docker:Discovery:AllowList` with the mode `AllowList`.";

    public static BotReply Card(ServerCard card, bool measured = false)
    {
        var details = card.Details;
        var summary = card.Summary;
        var embed = new EmbedBuilder()
            .WithTitle($"{ServerStyle.Emoji(details.State, details.Health, details.ExitCode)} {summary.Id.Name}")
            .WithDescription(summary.StatusText)
            .WithColor(ServerStyle.Color(details.State, details.Health, details.ExitCode))
            .AddField("State", ServerStyle.Describe(details.State, details.Health), inline: true)
            .AddField("Engine", summary.Id.Engine, inline: true)
            .AddField("Image", ErrorReplies.Fit(details.Image, 1024), inline: true);
        if (card.Maintenance is { } window)
        {
            embed.AddField($"{WatchReplies.Maintenance} Maintenance", ErrorReplies.Fit(WatchReplies.Window(window), 1024));
        }

        if (details.StartedAt is { } started && details.State is ServerState.Running or ServerState.Paused or ServerState.Restarting)
        {
            embed.AddField("Up since", HumanTime.Moment(started), inline: true);
        }
        else if (details.FinishedAt is { } finished)
        {
            embed.AddField("Stopped", HumanTime.Moment(finished), inline: true);
        }

        if (details.ExitCode is { } exitCode)
        {
            embed.AddField("Exit code", exitCode.ToString(CultureInfo.InvariantCulture), inline: true);
        }

        embed.AddField("Restarts", details.RestartCount.ToString(CultureInfo.InvariantCulture), inline: true);
        if (details.State == ServerState.Running)
        {
            var pending = measured ? "not available" : "measuring…";
            embed.AddField("CPU", details.Usage?.CpuPercent is { } cpu ? cpu.ToString("0.0", CultureInfo.InvariantCulture) + " %" : pending, inline: true);
            embed.AddField("Memory", details.Usage is { } usage ? Memory(usage) : pending, inline: true);
        }

        if (PlayersField(card.Players) is { } players)
        {
            embed.AddField("Players", players);
        }

        if (card.Trend is { } trend)
        {
            embed.AddField("Trend", Trend(trend));
        }

        if (details.Error is { } error)
        {
            embed.AddField("Engine error", ErrorReplies.Fit(error, 1024));
        }

        if (card.LogTail is { Count: > 0 } tail)
        {
            embed.AddField("Last log lines", CodeBlock(tail));
        }

        return BotReply.Of(embed.Build());
    }

    private static string Line(ServerSummary server, bool qualify, string usage, MaintenanceView? maintenance)
    {
        var name = qualify ? server.Id.QualifiedName : server.Id.Name;
        var status = server.StatusText.Length > 0 ? server.StatusText : ServerStyle.Describe(server.State, server.Health);
        var window = maintenance is null ? "" : $" · {WatchReplies.Maintenance} maintenance {WatchReplies.Window(maintenance)}";
        return $"{ServerStyle.Emoji(server.State, server.Health, server.ExitCode)} **{name}** — {status}{usage}{window}";
    }

    // " · CPU 12% · 512 MiB" for a running server with a latest sample (the CPU part only once it was measured); else nothing.
    private static string Usage(ServerSummary server, IReadOnlyDictionary<string, MetricPoint>? usage)
    {
        if (server.State != ServerState.Running || usage is null || !usage.TryGetValue(server.Id.QualifiedName, out var point))
        {
            return "";
        }

        var cpu = point.CpuAverage is { } percent ? string.Create(CultureInfo.InvariantCulture, $" · CPU {percent:0}%") : "";
        return $"{cpu} · {HumanTime.Bytes(point.MemoryAverage)}";
    }

    // " · 👥 3/20" (" · 👥 3" without a maximum, " · 👥 ?" when the source did not answer); nothing without a source.
    private static string Players(ServerSummary server, IReadOnlyDictionary<string, PlayerReading> players) =>
        players.TryGetValue(server.Id.QualifiedName, out var reading) && reading.Kind != PlayerReadingKind.NoSource ? $" · 👥 {Count(reading)}" : "";

    /// <summary>"3/20", "3" without a maximum, "?" when unknown.</summary>
    public static string Count(PlayerReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return reading.Count is not { } count ? "?"
            : count.Max is { } max ? string.Create(CultureInfo.InvariantCulture, $"{count.Online}/{max}")
            : count.Online.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The card's players field: the count, then the names the game listed (and how many it did not), or null without a source.</summary>
    public static string? PlayersField(PlayerReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Kind == PlayerReadingKind.NoSource)
        {
            return null;
        }

        if (reading.Count is not { } count)
        {
            return "👥 ? (the game did not answer)";
        }

        var head = $"👥 {Count(reading)}";
        if (count.Names.Count == 0)
        {
            return head;
        }

        var unnamed = count.Online - count.Names.Count;
        var more = unnamed > 0 ? string.Create(CultureInfo.InvariantCulture, $" and {unnamed} more") : "";
        var names = string.Join(", ", count.Names.Select(Plain));
        return ErrorReplies.Fit($"{head}: {names}{more}", DiscordLimits.EmbedFieldValueLength);
    }

    // Names come from the game: shown as written, never as formatting.
    private static string Plain(string name)
    {
        var plain = new System.Text.StringBuilder(name.Length);
        foreach (var c in name.Where(c => !char.IsControl(c)))
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '>' or '#' or '[' or ']' or '<' or ':')
            {
                plain.Append('\\');
            }

            plain.Append(c);
        }

        return plain.ToString();
    }

    private static string Memory(ResourceUsage usage) =>
        usage.MemoryLimitBytes is { } limit ? $"{HumanTime.Bytes(usage.MemoryBytes)} / {HumanTime.Bytes(limit)}" : HumanTime.Bytes(usage.MemoryBytes);

    /// <summary>"CPU avg 12% / peak 87% · memory avg 1.2 GiB / peak 2.0 GiB in 24 h" (the CPU part only once it was measured).</summary>
    public static string Trend(ResourceTrend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var cpu = trend is { CpuAverage: { } average, CpuPeak: { } peak }
            ? string.Create(CultureInfo.InvariantCulture, $"CPU avg {average:0}% / peak {peak:0}% · ")
            : "";
        var memory = $"memory avg {HumanTime.Bytes(trend.MemoryAverage)} / peak {HumanTime.Bytes(trend.MemoryPeak)}";
        return string.Create(CultureInfo.InvariantCulture, $"{cpu}{memory} in {trend.Span.TotalHours:0} h");
    }

    // Log lines come from the server: keep them inside a code block that they cannot close.
    private static string CodeBlock(IReadOnlyList<string> lines)
    {
        const int Budget = DiscordLimits.EmbedFieldValueLength - 8;
        var kept = new List<string>();
        var length = 0;
        foreach (var line in lines.Reverse())
        {
            var safe = line.Replace("```", "ʼʼʼ", StringComparison.Ordinal);
            if (length + safe.Length + 1 > Budget)
            {
                break;
            }

            kept.Insert(0, safe);
            length += safe.Length + 1;
        }

        return "```\n" + string.Join("\n", kept) + "\n```";
    }
}
