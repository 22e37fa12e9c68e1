namespace ServerStatus.Infrastructure.Scheduling;

/// <summary>
/// What Hangfire invokes for every recurring job: runs the job with that id (<see cref="RecurringJobRunner"/>). Jobs
/// kept in SQL Server storage name this interface, so it stays even though it has one implementation.
/// </summary>
public interface IRecurringJobRunner
{
    Task RunAsync(string jobId, CancellationToken ct);
}
