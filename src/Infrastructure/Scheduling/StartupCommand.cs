using Mediator;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;

namespace ServerStatus.Infrastructure.Scheduling;

/// <summary>
/// Sends a start-up command with the system actor until it succeeds, waiting 1 s, 2 s, 4 s … (at most a minute)
/// between attempts while the database does not answer; each failed attempt is reported to the caller's log.
/// </summary>
internal static class StartupCommand
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);

    /// <summary>The command's value once it succeeded; the default when the host stopped first.</summary>
    public static async Task<T?> SendUntilDoneAsync<T>(
        ActorScopedSender sender,
        ICommand<Result<T>> command,
        TimeProvider time,
        Action<string, int, TimeSpan> notDone,
        Action<Exception, int, TimeSpan> failed,
        CancellationToken ct)
    {
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 1; !ct.IsCancellationRequested; attempt++)
        {
            try
            {
                var result = await sender.SendAsync(Actor.System, command, ct);
                if (result.IsSuccess)
                {
                    return result.Value;
                }

                notDone(string.Join(" ", result.Errors.Select(e => e.Message)), attempt, delay);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed(ex, attempt, delay);
            }

            await Task.Delay(delay, time, ct);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
        }

        return default;
    }
}
