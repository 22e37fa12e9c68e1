using System.ComponentModel.DataAnnotations;

namespace ServerStatus.Application.Metrics;

/// <summary>Configuration section <c>Metrics</c>: the resource history.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    public const int MaxRetentionDays = 3650;

    /// <summary>Whether running servers are sampled at all (the card's trend and the graphs read what was stored).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often each running server is sampled; its calls are spread over this interval.</summary>
    [Range(5, 3600, ErrorMessage = "Metrics:SampleSeconds must be between 5 and 3600 seconds.")]
    public int SampleSeconds { get; set; } = 30;

    /// <summary>How many days the 15-minute roll-ups are kept (raw samples are kept 48 hours).</summary>
    [Range(1, MaxRetentionDays, ErrorMessage = "Metrics:RetentionDays must be between 1 and 3650 days.")]
    public int RetentionDays { get; set; } = 30;

    /// <summary>Since when a sample still tells how a running server is now: three sampling intervals.</summary>
    public DateTimeOffset CurrentSince(DateTimeOffset now) => now - (3 * TimeSpan.FromSeconds(SampleSeconds));
}
