namespace ServerStatus.Application.Common.Behaviors;

/// <summary>Runs the message's FluentValidation validators (shape only) and answers <c>Invalid</c> without calling the handler.</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
    where TResponse : IFailable<TResponse>
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            errors.AddRange(result.Errors.Select(f => Error.Invalid(f.ErrorMessage, f.PropertyName)));
        }

        return errors.Count == 0 ? await next(message, cancellationToken) : TResponse.Fail(errors);
    }
}
