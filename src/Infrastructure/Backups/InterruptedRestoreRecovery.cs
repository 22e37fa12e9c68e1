using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServerStatus.Application.Backups.RestoreBackup;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Security;

namespace ServerStatus.Infrastructure.Backups;

/// <summary>
/// At start-up, once the database is migrated: sends <see cref="RecoverInterruptedRestore"/> with the system actor for
/// every restore the journal says the bot did not live to finish. No logic here: the use case rolls back, starts the
/// server again, tells the notification channel, and the audit log records it.
/// </summary>
internal sealed partial class InterruptedRestoreRecovery(ActorScopedSender sender, ILogger<InterruptedRestoreRecovery> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IReadOnlyList<string> servers;
        try
        {
            servers = (await sender.SendAsync(Actor.System, new ListInterruptedRestores(), stoppingToken)).Value;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogJournalUnreadable(ex);
            return;
        }

        foreach (var server in servers)
        {
            LogRecovering(server);
            try
            {
                var result = await sender.SendAsync(Actor.System, new RecoverInterruptedRestore(server), stoppingToken);
                if (result.IsSuccess)
                {
                    LogRecovered(server, result.Value.RolledBackTo ?? "(files untouched)", result.Value.Running);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The audit behavior has logged it with its error id; the other servers still get their turn.
                LogRecoveryFailed(ex, server);
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Could not read the journal of interrupted restores; a restore the bot was stopped in stays as it was")]
    private partial void LogJournalUnreadable(Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "A restore of {Server} was interrupted when the bot stopped; making it good")]
    private partial void LogRecovering(string server);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Making good the interrupted restore of {Server} failed unexpectedly; the next start tries again")]
    private partial void LogRecoveryFailed(Exception exception, string server);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Interrupted restore of {Server} made good: rolled back to {SafetyBackup}, running {Running}")]
    private partial void LogRecovered(string server, string safetyBackup, bool running);
}
