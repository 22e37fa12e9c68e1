using ServerStatus.Domain.Watch;

namespace ServerStatus.Application.Watch;

/// <summary>The muted servers (<c>alerts mute</c>): one mute per server, until its end.</summary>
public interface IAlertMuteRepository
{
    /// <summary>Every stored mute (ended ones too, until <see cref="RemoveEndedAsync"/> removes them), ordered by server.</summary>
    Task<IReadOnlyList<AlertMute>> ListAsync(CancellationToken ct);

    /// <summary>Mutes the server for <paramref name="duration"/> from <paramref name="at"/>, replacing its mute if it has one.</summary>
    Task<AlertMute> MuteAsync(string server, TimeSpan duration, ulong mutedBy, DateTimeOffset at, CancellationToken ct);

    /// <summary>Removes the server's mute; false when it had none.</summary>
    Task<bool> RemoveAsync(string server, CancellationToken ct);

    /// <summary>Removes the mutes whose end is not after <paramref name="now"/>; how many.</summary>
    Task<int> RemoveEndedAsync(DateTimeOffset now, CancellationToken ct);
}
