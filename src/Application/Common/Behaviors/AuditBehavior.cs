using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServerStatus.Domain.Audit;

namespace ServerStatus.Application.Common.Behaviors;

/// <summary>
/// Outermost behavior: one log line per request with actor, outcome and elapsed time (the request is its type, plus
/// its command when the message names that itself: <c>RunPowerAction (restart)</c>), a warning for
/// every denied server, and one audit row per command (a check before a confirmation only when it refuses).
/// Unexpected exceptions are logged and audited under a new error id, then rethrown as <see cref="UnexpectedFailureException"/> carrying that id.
/// The row is written through its own scope (its own database context), so a failed handler's pending
/// changes are never saved with it; failing to write it is logged and never fails the command.
/// </summary>
public sealed partial class AuditBehavior<TMessage, TResponse>(
    ICurrentActor currentActor,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<AuditBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
    where TResponse : IFailable<TResponse>
{
    private static readonly string RequestName = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var request = message is IHasAuditName named ? $"{RequestName} ({named.AuditCommand})" : RequestName;
        var at = time.GetUtcNow();
        var started = time.GetTimestamp();
        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var elapsed = time.GetElapsedTime(started);
            LogCancelled(request, currentActor.Actor, elapsed.TotalMilliseconds);
            await AppendAsync(message, request, at, AuditOutcome.Failed, elapsed, errorId: null);
            throw;
        }
        catch (Exception ex)
        {
            var elapsed = time.GetElapsedTime(started);
            var errorId = ex is UnexpectedFailureException inner ? inner.ErrorId : ErrorIds.New();
            LogFailed(ex, request, currentActor.Actor, elapsed.TotalMilliseconds, errorId);
            await AppendAsync(message, request, at, AuditOutcome.Failed, elapsed, errorId);
            if (ex is UnexpectedFailureException)
            {
                throw;
            }

            throw new UnexpectedFailureException(errorId, ex);
        }

        var took = time.GetElapsedTime(started);
        var outcome = response.IsSuccess ? Outcome.Ok : response.Errors[0].Outcome;
        var denied = currentActor.DeniedServers.Count > 0;
        if (denied)
        {
            LogDenied(request, currentActor.Actor, string.Join(", ", currentActor.DeniedServers));
        }

        LogHandled(request, currentActor.Actor, outcome, took.TotalMilliseconds);
        if (message is IAuditedOnlyWhenRefused && response.IsSuccess)
        {
            return response;
        }

        var parts = response is IPartialOutcomes partial ? partial.PartOutcomes.Select(p => p.Outcome) : [];
        await AppendAsync(message, request, at, AuditOutcomes.From(outcome, parts, denied), took, errorId: null);
        return response;
    }

    private async Task AppendAsync(TMessage message, string request, DateTimeOffset at, AuditOutcome outcome, TimeSpan duration, string? errorId)
    {
        if (message is INotAudited)
        {
            return;
        }

        try
        {
            var actor = currentActor.Actor;
            var (arguments, servers) = Describe(message);
            var command = AuditCommandNames.Of(message);
            var entry = AuditEntry.Record(at, actor.UserId, actor.IsSystem, actor.GuildId, actor.ChannelId, command, arguments, servers, outcome, duration, errorId);

            // A scope of its own: the request scope's context may hold a failed handler's pending changes.
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().AppendAsync(entry, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The audit row must never fail the command it describes.
            LogAuditWriteFailed(ex, request, currentActor.Actor);
        }
    }

    private static (string Arguments, IReadOnlyList<string> Servers) Describe(TMessage message) => message switch
    {
        IAuditable auditable => (auditable.AuditArguments, auditable.AuditServers),
        INamesServers named => (string.Join(' ', named.Names), [.. named.Names.Distinct(StringComparer.OrdinalIgnoreCase)]),
        _ => ("", []),
    };

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Request} by {Actor}: {Outcome} in {ElapsedMs:0.0} ms")]
    private partial void LogHandled(string request, Actor actor, Outcome outcome, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Request} by {Actor}: denied on {Servers} (answered as not found)")]
    private partial void LogDenied(string request, Actor actor, string servers);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "{Request} by {Actor} failed unexpectedly after {ElapsedMs:0.0} ms (ref {ErrorId})")]
    private partial void LogFailed(Exception exception, string request, Actor actor, double elapsedMs, string errorId);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "{Request} by {Actor} was cancelled after {ElapsedMs:0.0} ms")]
    private partial void LogCancelled(string request, Actor actor, double elapsedMs);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "{Request} by {Actor}: the audit row could not be written")]
    private partial void LogAuditWriteFailed(Exception exception, string request, Actor actor);
}
