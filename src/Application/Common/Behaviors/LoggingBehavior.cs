using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;

namespace ServerStatus.Application.Common.Behaviors;

/// <summary>
/// Outermost behavior: one log line per request with actor, outcome and elapsed time, a warning for
/// every denied server, and unexpected exceptions logged (then rethrown for the edge to answer).
/// </summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ICurrentActor currentActor, TimeProvider time, ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
    where TResponse : IFailable<TResponse>
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var name = typeof(TMessage).Name;
        var started = time.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            var elapsed = time.GetElapsedTime(started).TotalMilliseconds;
            var outcome = response.IsSuccess ? Outcome.Ok : response.Errors[0].Outcome;
            if (currentActor.DeniedServers.Count > 0)
            {
                LogDenied(name, currentActor.Actor, string.Join(", ", currentActor.DeniedServers));
            }

            LogHandled(name, currentActor.Actor, outcome, elapsed);
            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(ex, name, currentActor.Actor, time.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Request} by {Actor}: {Outcome} in {ElapsedMs:0.0} ms")]
    private partial void LogHandled(string request, Actor actor, Outcome outcome, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Request} by {Actor}: denied on {Servers} (answered as not found)")]
    private partial void LogDenied(string request, Actor actor, string servers);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "{Request} by {Actor} failed unexpectedly after {ElapsedMs:0.0} ms")]
    private partial void LogFailed(Exception exception, string request, Actor actor, double elapsedMs);
}
