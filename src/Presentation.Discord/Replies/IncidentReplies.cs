using System.Globalization;
using DiscordApi.Messages;
using ServerStatus.Domain.Watch;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>
/// How incidents read in the alert channel: one message per incident (a storm's incidents share one), edited as it
/// changes: 🔴 crashed 03:12 → 🟢 back 03:14, restarted by @alice. Times are Discord timestamps, shown in each
/// reader's own time zone.
/// </summary>
public static class IncidentReplies
{
    public const string ButtonPrefix = "incident:";
    public const string RestartAction = "restart";
    public const string LogsAction = "logs";
    public const string MuteAction = "mute";

    /// <summary>More servers than this going wrong at once are shown as one message.</summary>
    public const int MaxRestartButtonsInGroup = 20;

    public static OutgoingMessage Of(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var builder = new MessageBuilder().AddEmbed(Embed(incident));
        if (!incident.IsEngineIncident)
        {
            builder.AddActionRow(row => row
                .AddButton(ButtonStyle.Primary, ButtonId(RestartAction, incident.Id), "Restart")
                .AddButton(ButtonStyle.Secondary, ButtonId(LogsAction, incident.Id), "Logs")
                .AddButton(ButtonStyle.Secondary, ButtonId(MuteAction, incident.Id), "Mute 1 h"));
        }

        return builder.Build();
    }

    /// <summary>Several incidents that happened at once (an engine restart): one message listing them, a Restart button each.</summary>
    public static OutgoingMessage Of(IReadOnlyList<Incident> incidents)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        if (incidents.Count == 1)
        {
            return Of(incidents[0]);
        }

        var down = incidents.Count(i => !i.IsRecovered);
        var lines = incidents.Select(i => $"{Emoji(i)} **{i.ServerName}** {Headline(i)}{(i.IsRecovered ? $" → 🟢 back {Time(i.RecoveredAt!.Value)}, {i.RecoveredBy}" : "")}");
        var builder = new MessageBuilder().AddEmbed(e => e
            .WithTitle(down == 0 ? $"🟢 {incidents.Count} servers are back" : $"🔴 {incidents.Count} servers went wrong at once ({down} still down)")
            .WithDescription(ErrorReplies.Fit(string.Join('\n', lines)))
            .WithColor(down == 0 ? ReplyColors.Good : ReplyColors.Bad)
            .WithFooter("Use `logs <server>` for the log of one of them."));
        foreach (var chunk in incidents.Where(i => !i.IsEngineIncident).Take(MaxRestartButtonsInGroup).Chunk(5))
        {
            builder.AddActionRow(row =>
            {
                foreach (var incident in chunk)
                {
                    row.AddButton(ButtonStyle.Secondary, ButtonId(RestartAction, incident.Id), Cut($"Restart {incident.ServerName}", 80));
                }
            });
        }

        return builder.Build();
    }

    public static string ButtonId(string action, long incidentId) => string.Create(CultureInfo.InvariantCulture, $"{ButtonPrefix}{action}:{incidentId}");

    /// <summary>The action and incident of a button's custom id, or null when it is not an incident button.</summary>
    public static (string Action, long IncidentId)? ReadButton(string customId)
    {
        ArgumentNullException.ThrowIfNull(customId);
        if (!customId.StartsWith(ButtonPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = customId[ButtonPrefix.Length..].Split(':');
        return parts.Length == 2 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? (parts[0], id) : null;
    }

    public static Embed Embed(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var embed = new EmbedBuilder()
            .WithTitle(Cut($"{Emoji(incident)} {incident.ServerName} {Headline(incident)}", DiscordLimits.EmbedTitleLength))
            .WithDescription(ErrorReplies.Fit(Timeline(incident)))
            .WithColor(incident.IsRecovered ? ReplyColors.Good : incident.Kind is IncidentKind.Exited or IncidentKind.StoppedOutside ? ReplyColors.Warning : ReplyColors.Bad)
            .WithTimestamp(incident.OpenedAt);
        if (incident.IsEngineIncident)
        {
            if (incident.Detail is { } problem)
            {
                embed.AddField("Problem", Cut(problem, DiscordLimits.EmbedFieldValueLength));
            }

            return embed.WithFooter("Servers on this engine cannot be reached until it answers again.").Build();
        }

        AddFacts(embed, incident);
        var changes = incident.ChangeList;
        embed.AddField("What changed before", Cut(changes.Count == 0 ? "Nothing through ServerStatus in the hour before, and the same image as its last good run." : string.Join('\n', changes.Select(Describe)), DiscordLimits.EmbedFieldValueLength));
        if (incident.LogTail is { } log)
        {
            embed.AddField("Last log lines", CodeBlock(log));
        }

        return embed.WithFooter(incident.Server).Build();
    }

    public static string Headline(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return incident.Kind switch
        {
            IncidentKind.Crashed => $"crashed (exit code {incident.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "?"})",
            IncidentKind.Exited => "exited (exit code 0)",
            IncidentKind.StoppedOutside => "was stopped outside ServerStatus",
            IncidentKind.KilledOutside => $"was killed outside ServerStatus ({SignalName(incident.Signal)})",
            IncidentKind.OutOfMemory => "was killed for using too much memory (OOM)",
            IncidentKind.Unhealthy => "is unhealthy",
            IncidentKind.CrashLoop => $"is crash-looping: {incident.Exits.ToString(CultureInfo.InvariantCulture)} exits since {ShortTime(incident.OpenedAt)}",
            IncidentKind.EngineDown => "(Docker engine) is not answering",
            _ => "went wrong",
        };
    }

    private static void AddFacts(EmbedBuilder embed, Incident incident)
    {
        if (incident.ExitCode is { } code)
        {
            embed.AddField("Exit code", code.ToString(CultureInfo.InvariantCulture) + (incident.Signal is { } signal ? $" ({SignalName(signal)})" : ""), inline: true);
        }

        if (incident.RunningSince is { } since)
        {
            embed.AddField("Had started", Time(since), inline: true);
        }

        embed.AddField("Restarts", incident.RestartCount.ToString(CultureInfo.InvariantCulture), inline: true);
        if (incident.Kind == IncidentKind.OutOfMemory || incident.MemoryLimitBytes is not null)
        {
            embed.AddField("Memory limit", incident.MemoryLimitBytes is { } limit ? HumanTime.Bytes(limit) : "none (the host ran out of memory)", inline: true);
        }

        if (incident.Kind == IncidentKind.Unhealthy && incident.Detail is { } health)
        {
            embed.AddField("Last health check", CodeBlock(health));
        }
    }

    private static string Timeline(Incident incident)
    {
        var opened = incident.Kind switch
        {
            IncidentKind.CrashLoop => $"🔁 crash loop, first exit {Time(incident.OpenedAt)}, last {Time(incident.LastEventAt)}",
            IncidentKind.EngineDown => $"🔴 not answering since {Time(incident.OpenedAt)}",
            IncidentKind.Unhealthy => $"🟠 unhealthy {Time(incident.LastEventAt)}",
            _ => $"🔴 {Verb(incident)} {Time(incident.LastEventAt)}",
        };
        var timeline = incident.RecoveredAt is { } back ? $"{opened} → 🟢 back {Time(back)}, {incident.RecoveredBy}" : opened;
        return incident.PlayersOnline is { } players ? $"{timeline}\n👥 {PlayersOnline(players)}" : timeline;
    }

    /// <summary>"3 players were online", "1 player was online", "no players were online".</summary>
    public static string PlayersOnline(int players) => players switch
    {
        0 => "no players were online",
        1 => "1 player was online",
        _ => string.Create(CultureInfo.InvariantCulture, $"{players} players were online"),
    };

    private static string Verb(Incident incident) => incident.Kind switch
    {
        IncidentKind.Exited => "exited",
        IncidentKind.StoppedOutside => "stopped",
        IncidentKind.KilledOutside or IncidentKind.OutOfMemory => "killed",
        _ => "crashed",
    };

    private static string Emoji(Incident incident) => incident.IsRecovered ? "🟢" : incident.Kind switch
    {
        IncidentKind.CrashLoop => "🔁",
        IncidentKind.Unhealthy => "🟠",
        IncidentKind.OutOfMemory => "💥",
        IncidentKind.Exited or IncidentKind.StoppedOutside => "⚫",
        _ => "🔴",
    };

    private static string Describe(IncidentChange change) => change.Kind switch
    {
        IncidentChangeKind.Image => $"🆕 Another image than its last good run ({change.What}; that run {Time(change.At)})",
        _ => change.ActorId == 0
            ? $"`{change.What}` by ServerStatus {Time(change.At)}"
            : $"`{change.What}` by <@{change.ActorId.ToString(CultureInfo.InvariantCulture)}> {Time(change.At)}",
    };

    private static string SignalName(int? signal) => signal switch
    {
        9 => "SIGKILL",
        15 => "SIGTERM",
        2 => "SIGINT",
        6 => "SIGABRT",
        11 => "SIGSEGV",
        null => "a signal",
        _ => "signal " + signal.Value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Time(DateTimeOffset at) => string.Create(CultureInfo.InvariantCulture, $"<t:{at.ToUnixTimeSeconds()}:T>");

    private static string ShortTime(DateTimeOffset at) => string.Create(CultureInfo.InvariantCulture, $"<t:{at.ToUnixTimeSeconds()}:t>");

    private static string CodeBlock(string text)
    {
        var safe = text.Replace("```", "`\u200b``", StringComparison.Ordinal);
        var budget = DiscordLimits.EmbedFieldValueLength - 8;
        return "```\n" + (safe.Length <= budget ? safe : "…" + safe[^(budget - 1)..]) + "\n```";
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
