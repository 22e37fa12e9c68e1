using ServerStatus.Application.Servers;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Watch;

/// <summary>
/// The engine's power calls as the bot makes them: each is recorded in <see cref="OwnActions"/> with the actor of the
/// request, so the exits and starts it causes are not reported as incidents and a recovery says who brought the
/// server back. Every use case that starts, stops, restarts or kills a server goes through here.
/// </summary>
public sealed class ServerPower(IContainerEngine engine, OwnActions own, ICurrentActor actor)
{
    public async Task<Result<PowerChange>> StartAsync(ServerId server, CancellationToken ct)
    {
        using var _ = own.Begin(server, OwnAction.Start, actor.Actor);
        return await engine.StartAsync(server, ct);
    }

    public async Task<Result<PowerChange>> StopAsync(ServerId server, TimeSpan timeout, CancellationToken ct)
    {
        using var _ = own.Begin(server, OwnAction.Stop, actor.Actor);
        return await engine.StopAsync(server, timeout, ct);
    }

    public async Task<Result<PowerChange>> RestartAsync(ServerId server, TimeSpan timeout, CancellationToken ct)
    {
        using var _ = own.Begin(server, OwnAction.Restart, actor.Actor);
        return await engine.RestartAsync(server, timeout, ct);
    }

    public async Task<Result<PowerChange>> KillAsync(ServerId server, CancellationToken ct)
    {
        using var _ = own.Begin(server, OwnAction.Kill, actor.Actor);
        return await engine.KillAsync(server, ct);
    }
}
