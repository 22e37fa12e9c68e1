using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ServerStatus.Application.Schedules;

/// <summary>The recurring job of a power schedule or chain is <c>power:&lt;schedule id&gt;</c>.</summary>
public static class PowerScheduleJobs
{
    public const string Prefix = "power:";

    public static string IdFor(long scheduleId) => Prefix + scheduleId.ToString(CultureInfo.InvariantCulture);

    public static bool TryGetSchedule(string jobId, [NotNullWhen(true)] out long? scheduleId)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        scheduleId = jobId.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(jobId.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        return scheduleId is not null;
    }
}
