using Mediator;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;

namespace ServerStatus.Infrastructure.Scheduling;

/// <summary>
/// One row of <see cref="RecurringJobTable"/>: the job's id, where its cron comes from, the one message it sends with
/// the system actor (built when it runs, from the settings of that moment) and a one-line summary of its result for the log.
/// </summary>
public abstract class RecurringJob
{
    private RecurringJob(string id, string cronSource, string? defaultCron)
    {
        Id = id;
        CronSource = cronSource;
        DefaultCron = defaultCron;
    }

    /// <summary>The job's id, as the dashboard lists it.</summary>
    public string Id { get; }

    /// <summary>The configuration key of a fixed job's cron (<c>Jobs:TrimLogsCron</c>), or the stored schedule of a stored job: what to fix when it is invalid.</summary>
    public string CronSource { get; }

    /// <summary>The cron (UTC) of a fixed job whose key is not set; null for a stored job, whose cron is stored with it.</summary>
    public string? DefaultCron { get; }

    /// <summary>A job that sends <paramref name="message"/> and logs <paramref name="summary"/> of a successful result.</summary>
    public static RecurringJob Sends<TReport>(
        string id,
        string cronSource,
        string? defaultCron,
        Func<IServiceProvider, ICommand<Result<TReport>>> message,
        Func<TReport, string> summary) => new Row<TReport>(id, cronSource, defaultCron, message, summary);

    /// <summary>The message the job sends, with the settings in <paramref name="services"/>.</summary>
    public abstract IBaseCommand MessageFor(IServiceProvider services);

    /// <summary>Sends the message with the system actor; the summary of its result, or the errors that failed it.</summary>
    public abstract Task<Result<string>> RunAsync(ActorScopedSender sender, IServiceProvider services, CancellationToken ct);

    private sealed class Row<TReport>(
        string id,
        string cronSource,
        string? defaultCron,
        Func<IServiceProvider, ICommand<Result<TReport>>> message,
        Func<TReport, string> summary) : RecurringJob(id, cronSource, defaultCron)
    {
        public override IBaseCommand MessageFor(IServiceProvider services) => message(services);

        public override async Task<Result<string>> RunAsync(ActorScopedSender sender, IServiceProvider services, CancellationToken ct)
        {
            var result = await sender.SendAsync(Actor.System, message(services), ct);
            return result.IsSuccess ? summary(result.Value) : Result<string>.Fail(result.Errors);
        }
    }
}
