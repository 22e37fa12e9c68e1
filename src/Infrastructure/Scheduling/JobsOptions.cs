using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ServerStatus.Infrastructure.Scheduling;

/// <summary>
/// Configuration section <c>Jobs</c>: the cron (UTC) of each fixed recurring job under the key its row in
/// <see cref="RecurringJobTable"/> names (<c>Jobs:TrimLogsCron</c>, …); a job whose key is not set runs on its row's default.
/// A row may name a key of its feature's own section instead (<c>Updates:CheckCron</c>): it is read from there.
/// </summary>
public sealed class JobsOptions : IValidatableObject
{
    public const string Section = "Jobs";

    /// <summary>The keys set under the section (without <c>Jobs:</c>), and the keys rows name in other sections (in full), and their values.</summary>
    public Dictionary<string, string?> Crons { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads every key of the section, whatever its name: the table says which keys mean something.</summary>
    public static void Bind(JobsOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var entry in configuration.GetSection(Section).GetChildren())
        {
            options.Crons[entry.Key] = entry.Value;
        }

        foreach (var key in RecurringJobTable.Fixed.Select(job => job.CronSource).Where(key => !InSection(key)))
        {
            if (configuration.GetSection(key).Value is { } cron)
            {
                options.Crons[key] = cron;
            }
        }
    }

    /// <summary>The cron a fixed job runs on: its key's value when set, else its row's default.</summary>
    public string CronOf(RecurringJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return Configured(job) ?? job.DefaultCron ?? throw new InvalidOperationException($"{job.Id} is a stored job: its cron is stored with it.");
    }

    private string? Configured(RecurringJob job) =>
        Crons.TryGetValue(InSection(job.CronSource) ? job.CronSource[(Section.Length + 1)..] : job.CronSource, out var cron) ? cron : null;

    private static bool InSection(string key) => key.StartsWith(Section + ":", StringComparison.Ordinal);

    /// <summary>A key set to nothing stops start-up with one sentence naming it; a cron that does not parse is reported when its job is registered.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        RecurringJobTable.Fixed
            .Where(job => Configured(job) is { } cron && string.IsNullOrWhiteSpace(cron))
            .Select(job => new ValidationResult($"{job.CronSource} must be a cron expression, e.g. \"{job.DefaultCron}\"."));

    internal sealed class Validation : IValidateOptions<JobsOptions>
    {
        public ValidateOptionsResult Validate(string? name, JobsOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            var blank = options.Validate(new ValidationContext(options)).Select(r => r.ErrorMessage ?? "").ToList();
            return blank.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(blank);
        }
    }
}
