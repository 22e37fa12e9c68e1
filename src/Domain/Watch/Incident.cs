using System.Globalization;

namespace ServerStatus.Domain.Watch;

/// <summary>
/// Something that went wrong with a server (or an engine) and the one alert message that tells about it. Later exits
/// of the same server while the incident is active are counted into it (a crash loop is one incident), and its
/// recovery edits the same message.
/// </summary>
public sealed class Incident
{
    public const int ServerMaxLength = 200;
    public const int TextMaxLength = 1800;
    public const int ByMaxLength = 100;
    private const int MaxRecentExits = 100;

    private Incident()
    {
    }

    public long Id { get; private set; }

    public IncidentKind Kind { get; private set; }

    public string Engine { get; private set; } = "";

    /// <summary>The engine-qualified server name; empty for an engine incident.</summary>
    public string Server { get; private set; } = "";

    /// <summary>The name users see.</summary>
    public string ServerName { get; private set; } = "";

    public string ContainerId { get; private set; } = "";

    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>The last unexpected exit (or the opening event).</summary>
    public DateTimeOffset LastEventAt { get; private set; }

    /// <summary>Unexpected exits counted into this incident.</summary>
    public int Exits { get; private set; }

    /// <summary>The times of the latest exits (Unix seconds, space-separated): the crash-loop window is counted over them.</summary>
    public string RecentExits { get; private set; } = "";

    public int? ExitCode { get; private set; }

    public int? Signal { get; private set; }

    /// <summary>When the server had started before it went wrong.</summary>
    public DateTimeOffset? RunningSince { get; private set; }

    public long RestartCount { get; private set; }

    public long? MemoryLimitBytes { get; private set; }

    /// <summary>Players online by the last reading before it (servers with a player source only).</summary>
    public int? PlayersOnline { get; private set; }

    /// <summary>The last health-check output (unhealthy), or the engine's error (engine down).</summary>
    public string? Detail { get; private set; }

    /// <summary>The last log lines, newline-separated, when the alert channel may show them.</summary>
    public string? LogTail { get; private set; }

    /// <summary>What changed before it: a new image, recent actions through the bot; newline-separated.</summary>
    public string? Changes { get; private set; }

    /// <summary><see cref="Changes"/>, read.</summary>
    public IReadOnlyList<IncidentChange> ChangeList => IncidentChange.Split(Changes);

    public DateTimeOffset? RecoveredAt { get; private set; }

    /// <summary>Who or what brought it back: a user mention, "Docker's restart policy", "outside ServerStatus".</summary>
    public string? RecoveredBy { get; private set; }

    public ulong? ChannelId { get; private set; }

    public ulong? MessageId { get; private set; }

    public bool IsRecovered => RecoveredAt is not null;

    public bool IsEngineIncident => Kind == IncidentKind.EngineDown;

    public static Incident ForServer(IncidentFacts facts, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentException.ThrowIfNullOrWhiteSpace(facts.Server);
        if (facts.Kind == IncidentKind.EngineDown)
        {
            throw new ArgumentException("An engine incident is opened with ForEngine.", nameof(facts));
        }

        var incident = new Incident
        {
            Kind = facts.Kind,
            Engine = facts.Engine,
            Server = Cut(facts.Server, ServerMaxLength),
            ServerName = Cut(facts.ServerName, ServerMaxLength),
            ContainerId = facts.ContainerId,
            OpenedAt = at.ToUniversalTime(),
            LastEventAt = at.ToUniversalTime(),
            ExitCode = facts.ExitCode,
            Signal = facts.Signal,
            RunningSince = facts.RunningSince?.ToUniversalTime(),
            RestartCount = facts.RestartCount,
            MemoryLimitBytes = facts.MemoryLimitBytes,
            PlayersOnline = facts.PlayersOnline,
            Detail = CutOrNull(facts.Detail),
            LogTail = CutOrNull(facts.LogTail, fromEnd: true),
            Changes = CutOrNull(facts.Changes),
        };
        if (facts.Kind != IncidentKind.Unhealthy)
        {
            incident.CountExit(at);
        }

        return incident;
    }

    public static Incident ForEngine(string engine, string problem, DateTimeOffset since)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(engine);
        return new Incident
        {
            Kind = IncidentKind.EngineDown,
            Engine = engine,
            ServerName = Cut(engine, ServerMaxLength),
            OpenedAt = since.ToUniversalTime(),
            LastEventAt = since.ToUniversalTime(),
            Detail = CutOrNull(problem),
        };
    }

    /// <summary>
    /// Whether later events of the server belong to this incident: until it has recovered and stayed up for the
    /// crash-loop window since its last exit.
    /// </summary>
    public bool IsActive(DateTimeOffset now, TimeSpan window) => !IsRecovered || now - LastEventAt < window;

    /// <summary>Another unexpected exit while active: counted, and the incident turns into a crash loop at <paramref name="loopAt"/> exits within <paramref name="window"/>.</summary>
    public void AddExit(IncidentFacts facts, DateTimeOffset at, int loopAt, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(facts);
        CountExit(at);
        LastEventAt = at.ToUniversalTime();
        RecoveredAt = null;
        RecoveredBy = null;
        ExitCode = facts.ExitCode;
        Signal = facts.Signal;
        RestartCount = facts.RestartCount;
        RunningSince = facts.RunningSince?.ToUniversalTime() ?? RunningSince;
        LogTail = CutOrNull(facts.LogTail, fromEnd: true) ?? LogTail;
        if (Kind == IncidentKind.CrashLoop || ExitsWithin(at, window) >= loopAt)
        {
            Kind = IncidentKind.CrashLoop;
        }
        else if (Kind != IncidentKind.OutOfMemory)
        {
            Kind = facts.Kind;
        }
    }

    /// <summary>Went wrong again without an exit (unhealthy after it had recovered).</summary>
    public void Relapse(string? detail, DateTimeOffset at)
    {
        LastEventAt = at.ToUniversalTime();
        RecoveredAt = null;
        RecoveredBy = null;
        Detail = CutOrNull(detail) ?? Detail;
    }

    public void Recover(DateTimeOffset at, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        RecoveredAt = at.ToUniversalTime();
        RecoveredBy = Cut(by, ByMaxLength);
    }

    /// <summary>Where the incident is shown; set before it is first saved, so an incident whose post was never made is posted later.</summary>
    public void RouteTo(ulong channelId)
    {
        if (ChannelId is not null && ChannelId != channelId)
        {
            throw new InvalidOperationException($"Incident {Id} is already shown in channel {ChannelId}.");
        }

        ChannelId = channelId;
    }

    public void PostedAs(ulong messageId) => MessageId = messageId;

    /// <summary>The exits within <paramref name="window"/> before <paramref name="at"/>.</summary>
    public int ExitsWithin(DateTimeOffset at, TimeSpan window)
    {
        var from = (at - window).ToUnixTimeSeconds();
        return ExitTimes().Count(t => t >= from);
    }

    private void CountExit(DateTimeOffset at)
    {
        Exits++;
        var times = ExitTimes().Append(at.ToUnixTimeSeconds()).TakeLast(MaxRecentExits);
        RecentExits = string.Join(' ', times.Select(t => t.ToString(CultureInfo.InvariantCulture)));
    }

    private IEnumerable<long> ExitTimes() =>
        RecentExits.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => long.Parse(t, CultureInfo.InvariantCulture));

    private static string? CutOrNull(string? text, bool fromEnd = false) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Length <= TextMaxLength ? text : fromEnd ? "…" + text[^(TextMaxLength - 1)..] : Cut(text, TextMaxLength);

    private static string Cut(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
