using ServerStatus.Application.Common.Cooldowns;

namespace ServerStatus.Application.Common.Behaviors;

/// <summary>
/// Innermost behavior for messages that act on servers: tells the scope's <see cref="CooldownGate"/> which command runs
/// (the resolver then refuses servers on cooldown), and after a successful run starts the cooldown of the servers it acted
/// on. A check before a confirmation only looks: the command confirmed after it is what counts.
/// </summary>
public sealed class CooldownBehavior<TMessage, TResponse>(CooldownGate gate) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage, IServerScoped
    where TResponse : IFailable<TResponse>
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        gate.Enter(AuditCommandNames.Of(message));
        var response = await next(message, cancellationToken);
        if (response.IsSuccess && message is not IAuditedOnlyWhenRefused)
        {
            var failed = response is IPartialOutcomes partial
                ? partial.PartOutcomes.Where(p => p.Outcome != Outcome.Ok).Select(p => p.Part).ToHashSet(StringComparer.OrdinalIgnoreCase)
                : [];
            gate.Complete(failed);
        }

        return response;
    }
}
