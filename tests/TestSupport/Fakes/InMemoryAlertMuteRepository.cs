using ServerStatus.Application.Watch;
using ServerStatus.Domain.Watch;

namespace ServerStatus.TestSupport.Fakes;

public sealed class InMemoryAlertMuteRepository : IAlertMuteRepository
{
    public List<AlertMute> Mutes { get; } = [];

    public Task<IReadOnlyList<AlertMute>> ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<AlertMute>>([.. Mutes.OrderBy(m => m.Server, StringComparer.Ordinal)]);

    public Task<AlertMute> MuteAsync(string server, TimeSpan duration, ulong mutedBy, DateTimeOffset at, CancellationToken ct)
    {
        var mute = Mutes.FirstOrDefault(m => m.Server == server);
        if (mute is null)
        {
            mute = AlertMute.Create(server, duration, mutedBy, at);
            Mutes.Add(mute);
        }
        else
        {
            mute.Change(duration, mutedBy, at);
        }

        return Task.FromResult(mute);
    }

    public Task<bool> RemoveAsync(string server, CancellationToken ct) => Task.FromResult(Mutes.RemoveAll(m => m.Server == server) > 0);

    public Task<int> RemoveEndedAsync(DateTimeOffset now, CancellationToken ct) => Task.FromResult(Mutes.RemoveAll(m => !m.IsActiveAt(now)));
}
