using Mediator;
using ServerStatus.Application.Common.Security;

namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>
/// The entry point of every request: a fresh DI scope with the actor set, then the mediator.
/// Gateway events, scheduled jobs, benchmarks and tests all send through here.
/// </summary>
public sealed class ActorScopedSender(IServiceScopeFactory scopes)
{
    public async Task<TResponse> SendAsync<TResponse>(Actor actor, IQuery<TResponse> query, CancellationToken ct = default)
    {
        await using var scope = CreateScope(actor);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query, ct);
    }

    public async Task<TResponse> SendAsync<TResponse>(Actor actor, ICommand<TResponse> command, CancellationToken ct = default)
    {
        await using var scope = CreateScope(actor);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, ct);
    }

    private AsyncServiceScope CreateScope(Actor actor)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(actor);
        return scope;
    }
}
