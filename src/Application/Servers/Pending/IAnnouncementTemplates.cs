using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Servers.Pending;

/// <summary>
/// The console line a server announces with, from its label <c>serverstatus.announce</c> (e.g. <c>say {message}</c>):
/// null when it has none (nothing is announced in-game).
/// </summary>
public interface IAnnouncementTemplates
{
    Task<Result<string?>> ReadAsync(ServerId server, CancellationToken ct);
}
