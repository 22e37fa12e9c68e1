using ServerStatus.Application.Games;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Infrastructure.Games;

/// <summary>
/// The player-count port until a player source adapter (Minecraft and A2S queries, console pattern) is registered in its
/// place: every server reads as having no player source, so announced restarts never skip their countdown and
/// <c>--when-empty</c> answers that it cannot tell. Honest, not a fake: it is what the bot knows without that adapter.
/// </summary>
public sealed class NoPlayerSources : IPlayerCounts
{
    public ValueTask<PlayerReading> ReadAsync(ServerId server, CancellationToken ct) => ValueTask.FromResult(PlayerReading.NoSource);
}
