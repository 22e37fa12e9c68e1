using System.Globalization;
using ServerStatus.Application.Servers.Announcements;

namespace ServerStatus.Application.Servers.Pending;

/// <summary>How a pending power action waits before it runs.</summary>
public enum PendingWait
{
    /// <summary>Until <see cref="PendingPowerAction.DueAt"/>, announcing in-game at its marks.</summary>
    Countdown = 1,

    /// <summary>Until the server reports no players, at most until <see cref="PendingPowerAction.DueAt"/> (then a short countdown).</summary>
    WhenEmpty = 2,
}

/// <summary>
/// A restart or stop that runs later (<c>restart mc --in 5m</c>, <c>restart mc --when-empty</c>): at most one per server,
/// kept in the database so it survives a bot restart, and run as the user who asked (their rights are checked again then).
/// </summary>
public sealed class PendingPowerAction
{
    public const int ServerMaxLength = 200;
    public const int ReasonMaxLength = 200;
    public const int RolesMaxLength = 2000;

    public Guid Id { get; private set; }

    /// <summary>The engine-qualified name (<c>local/mc</c>): one pending action per server.</summary>
    public string Server { get; private set; } = "";

    public PowerAction Action { get; private set; }

    public PendingWait Wait { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When a countdown runs; when a wait for an empty server gives up and falls back to a short countdown.</summary>
    public DateTimeOffset DueAt { get; private set; }

    /// <summary>The countdown's marks in seconds, longest first, comma-separated (a wait for an empty server: its fallback countdown).</summary>
    public string Marks { get; private set; } = "";

    /// <summary>The shortest mark already announced, in seconds; null before the first announcement.</summary>
    public long? AnnouncedDownToSeconds { get; private set; }

    public ulong RequestedBy { get; private set; }

    /// <summary>The requester's roles when they asked, comma-separated: their grants are checked again when it runs.</summary>
    public string RequesterRoles { get; private set; } = "";

    public ulong? GuildId { get; private set; }

    public ulong? ChannelId { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>The server's name without the engine.</summary>
    public string Name => Server[(Server.IndexOf('/', StringComparison.Ordinal) + 1)..];

    public IReadOnlyList<TimeSpan> MarkList =>
        [.. Marks.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => TimeSpan.FromSeconds(long.Parse(s, CultureInfo.InvariantCulture)))];

    public TimeSpan? AnnouncedDownTo => AnnouncedDownToSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null;

    /// <summary>The user who asked, as the action runs: with the roles they held then, in the channel they asked in.</summary>
    public Actor Requester => new(
        RequestedBy,
        [.. RequesterRoles.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => ulong.Parse(r, CultureInfo.InvariantCulture))],
        GuildId,
        ChannelId);

    public static PendingPowerAction Countdown(string server, PowerAction action, TimeSpan delay, IReadOnlyList<TimeSpan> marks, Actor requester, string? reason, DateTimeOffset now) =>
        Create(server, action, PendingWait.Countdown, now + delay, AnnouncementPlan.MarksFor(delay, marks), requester, reason, now);

    /// <summary>Waits for an empty server; at <paramref name="maxWait"/> it falls back to a countdown of <paramref name="fallback"/>.</summary>
    public static PendingPowerAction WhenEmpty(string server, PowerAction action, TimeSpan maxWait, TimeSpan fallback, Actor requester, string? reason, DateTimeOffset now) =>
        Create(server, action, PendingWait.WhenEmpty, now + maxWait, [fallback], requester, reason, now);

    public void MarkAnnounced(TimeSpan mark) => AnnouncedDownToSeconds = (long)mark.TotalSeconds;

    /// <summary>A wait for an empty server ends: a countdown of <paramref name="countdown"/> from now (zero: at once), announced once.</summary>
    public void FallBackToCountdown(TimeSpan countdown, DateTimeOffset now)
    {
        Wait = PendingWait.Countdown;
        DueAt = now + countdown;
        Marks = Seconds([countdown]);
        AnnouncedDownToSeconds = null;
    }

    private static PendingPowerAction Create(
        string server, PowerAction action, PendingWait wait, DateTimeOffset dueAt, IReadOnlyList<TimeSpan> marks, Actor requester, string? reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(requester);
        return new()
        {
            Id = Guid.NewGuid(),
            Server = server,
            Action = action,
            Wait = wait,
            CreatedAt = now,
            DueAt = dueAt,
            Marks = Seconds(marks),
            RequestedBy = requester.UserId,
            RequesterRoles = string.Join(',', requester.RoleIds.Select(r => r.ToString(CultureInfo.InvariantCulture))),
            GuildId = requester.GuildId,
            ChannelId = requester.ChannelId,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        };
    }

    private static string Seconds(IReadOnlyList<TimeSpan> marks) =>
        string.Join(',', marks.Select(m => ((long)m.TotalSeconds).ToString(CultureInfo.InvariantCulture)));
}
