using ServerStatus.Domain.Backups;

namespace ServerStatus.Domain.Watch;

/// <summary>
/// A server (or, with the scope <c>*</c>, every server) in maintenance: no alerts, power actions for admins only. It ends
/// at <see cref="Until"/>, or when an admin switches it off when it has no end.
/// </summary>
public sealed class MaintenanceWindow
{
    public const string AllServers = "*";
    public const int ReasonMaxLength = 200;

    /// <summary>The longest window with an end: 30 days.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(30);

    private MaintenanceWindow()
    {
    }

    public long Id { get; private set; }

    /// <summary>The engine-qualified server name (<c>engine/name</c>), or <see cref="AllServers"/>; one window per scope.</summary>
    public string Scope { get; private set; } = "";

    /// <summary>Why, as the admin wrote it (may be empty).</summary>
    public string Reason { get; private set; } = "";

    /// <summary>The Discord user who switched it on (0 for the system).</summary>
    public ulong StartedBy { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>When it ends by itself; null when it lasts until switched off.</summary>
    public DateTimeOffset? Until { get; private set; }

    /// <summary>When its author was reminded that it has no end (once); null until then.</summary>
    public DateTimeOffset? RemindedAt { get; private set; }

    public bool IsEverywhere => Scope == AllServers;

    public static MaintenanceWindow Start(string scope, string reason, TimeSpan? duration, ulong startedBy, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scope.Length, BackupRecord.ServerMaxLength);
        var window = new MaintenanceWindow { Scope = scope };
        window.Restart(reason, duration, startedBy, at);
        return window;
    }

    /// <summary>Switching maintenance on again for the same scope replaces its reason, author and end.</summary>
    public void Restart(string reason, TimeSpan? duration, ulong startedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reason.Length, ReasonMaxLength);
        if (duration is { } span)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(span, TimeSpan.Zero);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(span, MaxDuration);
        }

        Reason = reason;
        StartedBy = startedBy;
        StartedAt = at.ToUniversalTime();
        Until = StartedAt + duration;
        RemindedAt = null;
    }

    public void MarkReminded(DateTimeOffset at) => RemindedAt = at.ToUniversalTime();

    public bool IsActiveAt(DateTimeOffset now) => Until is not { } until || until > now;
}
