namespace ServerStatus.Infrastructure.Scheduling;

/// <summary>
/// What Hangfire invokes for every recurring job: runs the job with that id. The host implements it (one
/// message sent with the system actor per job); Hangfire's activator resolves it in a fresh scope.
/// </summary>
public interface IRecurringJobRunner
{
    Task RunAsync(string jobId, CancellationToken ct);
}
