using ServerStatus.Domain.Backups;

namespace ServerStatus.Domain.Watch;

/// <summary>A server whose incidents are only logged until <see cref="Until"/>: the people who look after it silenced it.</summary>
public sealed class AlertMute
{
    /// <summary>The longest mute: a week.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(7);

    private AlertMute()
    {
    }

    public long Id { get; private set; }

    /// <summary>The engine-qualified server name (<c>engine/name</c>); one mute per server.</summary>
    public string Server { get; private set; } = "";

    public DateTimeOffset Until { get; private set; }

    /// <summary>The Discord user who muted it (0 for the system).</summary>
    public ulong MutedBy { get; private set; }

    public DateTimeOffset MutedAt { get; private set; }

    public static AlertMute Create(string server, TimeSpan duration, ulong mutedBy, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(server);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(server.Length, BackupRecord.ServerMaxLength);
        var mute = new AlertMute { Server = server };
        mute.Change(duration, mutedBy, at);
        return mute;
    }

    /// <summary>Muting a muted server again starts its mute anew.</summary>
    public void Change(TimeSpan duration, ulong mutedBy, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(duration, MaxDuration);
        MutedBy = mutedBy;
        MutedAt = at.ToUniversalTime();
        Until = MutedAt + duration;
    }

    public bool IsActiveAt(DateTimeOffset now) => Until > now;
}
