using System.ComponentModel.DataAnnotations;

namespace ServerStatus.Application.Watch;

/// <summary>Configuration section <c>Alerts</c>: where incidents go and when exits become a crash loop.</summary>
public sealed class AlertsOptions
{
    public const string Section = "Alerts";

    /// <summary>The alert channel; none means the notification channel (<c>Notifications:ChannelId</c>).</summary>
    public ulong? ChannelId { get; set; }

    /// <summary>Unexpected exits within <see cref="CrashLoopWindowMinutes"/> that make one crash-loop incident.</summary>
    [Range(2, 1000, ErrorMessage = "Alerts:CrashLoopRestarts must be between 2 and 1000.")]
    public int CrashLoopRestarts { get; set; } = 3;

    [Range(1, 1440, ErrorMessage = "Alerts:CrashLoopWindowMinutes must be between 1 and 1440.")]
    public int CrashLoopWindowMinutes { get; set; } = 10;

    /// <summary>Whether incidents show the last log lines (the alert channel may be read by more people than the logs).</summary>
    public bool IncludeLogs { get; set; } = true;

    /// <summary>How long an engine's event stream and its list call must both fail before it is reported down.</summary>
    [Range(1, 3600, ErrorMessage = "Alerts:EngineDownSeconds must be between 1 and 3600.")]
    public int EngineDownSeconds { get; set; } = 30;

    /// <summary>A new incident within this many seconds of the last new one in its channel joins that message (a storm is one message); 0 posts each alone.</summary>
    [Range(0, 3600, ErrorMessage = "Alerts:StormWindowSeconds must be between 0 and 3600.")]
    public int StormWindowSeconds { get; set; } = 10;

    /// <summary>A maintenance window without an end reminds its author after this many hours.</summary>
    [Range(1, 720, ErrorMessage = "Alerts:MaintenanceReminderHours must be between 1 and 720.")]
    public int MaintenanceReminderHours { get; set; } = 12;
}
