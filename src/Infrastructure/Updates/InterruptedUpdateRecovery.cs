using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Updates.UpdateServer;

namespace ServerStatus.Infrastructure.Updates;

/// <summary>
/// At start-up, once the database is migrated: sends <see cref="RecoverInterruptedUpdates"/> with the system actor, so an
/// update the bot did not live to finish is rolled back (or abandoned before it changed anything); only when there is one,
/// so that an ordinary start leaves no audit entry. No logic here.
/// </summary>
internal sealed partial class InterruptedUpdateRecovery(ActorScopedSender sender, ILogger<InterruptedUpdateRecovery> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (!(await sender.SendAsync(Actor.System, new HasUnfinishedUpdates(), stoppingToken)).Value)
            {
                return;
            }

            var result = await sender.SendAsync(Actor.System, new RecoverInterruptedUpdates(), stoppingToken);
            foreach (var outcome in result.IsSuccess ? result.Value : [])
            {
                LogRecovered(outcome.Server, outcome.Problem ?? "");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The audit behavior has logged it with its error id; the next start tries again.
            LogRecoveryFailed(ex);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "An update of {Server} was interrupted when the bot stopped; made good: {Outcome}")]
    private partial void LogRecovered(string server, string outcome);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Making good the interrupted updates failed unexpectedly; the next start tries again")]
    private partial void LogRecoveryFailed(Exception exception);
}
