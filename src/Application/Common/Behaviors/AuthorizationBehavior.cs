namespace ServerStatus.Application.Common.Behaviors;

/// <summary>
/// Resolves the actor's rights into the scoped <see cref="CurrentActor"/>. Admin-only messages stop
/// here with <c>Denied</c>; server-scoped handlers then treat hidden servers exactly like missing ones.
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(CurrentActor currentActor, RightsResolver rightsResolver)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage, IRequiresRights
    where TResponse : IFailable<TResponse>
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var rights = await rightsResolver.ResolveAsync(currentActor.Actor, cancellationToken);
        currentActor.Authorize(rights);
        if (message is IAdminOnly && !rights.IsAdmin)
        {
            return TResponse.Fail([Error.Denied("Only admins may use this command.")]);
        }

        return await next(message, cancellationToken);
    }
}
