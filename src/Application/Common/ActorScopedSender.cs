using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Backups;

namespace ServerStatus.Application.Common;

/// <summary>
/// The entry point of every request: a fresh DI scope with the actor (and, for a long command, a progress
/// listener) set, then the mediator. Gateway events, scheduled jobs, benchmarks and tests all send through here.
/// </summary>
public sealed class ActorScopedSender(IServiceScopeFactory scopes)
{
    public async Task<TResponse> SendAsync<TResponse>(Actor actor, IQuery<TResponse> query, CancellationToken ct = default)
    {
        await using var scope = CreateScope(actor);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query, ct);
    }

    public Task<TResponse> SendAsync<TResponse>(Actor actor, ICommand<TResponse> command, CancellationToken ct = default) =>
        SendAsync(actor, command, progress: null, ct);

    /// <summary>Sends a command whose progress reports (backup, restore) go to <paramref name="progress"/>; null drops them.</summary>
    public async Task<TResponse> SendAsync<TResponse>(Actor actor, ICommand<TResponse> command, IProgress<JobProgress>? progress, CancellationToken ct = default)
    {
        await using var scope = CreateScope(actor, progress);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, ct);
    }

    /// <summary>
    /// Sends any message (command or query) whose response is <typeparamref name="TResponse"/>; progress reports go to
    /// <paramref name="progress"/>. For callers that hold a message of a type they do not know statically.
    /// </summary>
    public async Task<TResponse> SendAsync<TResponse>(Actor actor, IMessage message, IProgress<JobProgress>? progress, CancellationToken ct = default)
    {
        await using var scope = CreateScope(actor, progress);
        var response = await scope.ServiceProvider.GetRequiredService<ISender>().Send(message, ct);
        return response is TResponse typed
            ? typed
            : throw new InvalidOperationException($"{message.GetType().Name} answered with {response?.GetType().Name ?? "nothing"}, not {typeof(TResponse).Name}.");
    }

    private AsyncServiceScope CreateScope(Actor actor, IProgress<JobProgress>? progress = null)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(actor);
        scope.ServiceProvider.GetRequiredService<JobProgressRelay>().Set(progress);
        return scope;
    }
}
