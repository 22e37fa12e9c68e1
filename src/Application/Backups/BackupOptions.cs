using System.ComponentModel.DataAnnotations;

namespace ServerStatus.Application.Backups;

public sealed class BackupOptions
{
    public const string Section = "Backups";

    /// <summary>Where archives go: <c>&lt;Directory&gt;/&lt;server&gt;/&lt;name&gt;.tar.&lt;ext&gt;</c>. The host's default is <c>backups</c> in its data directory.</summary>
    [Required]
    public string Directory { get; set; } = "./data/backups";

    /// <summary><c>zstd</c> (default, measured faster) or <c>gzip</c>.</summary>
    [RegularExpression(@"^(zstd|gzip)\z", ErrorMessage = "Backups:Codec must be zstd or gzip.")]
    public string Codec { get; set; } = "zstd";

    /// <summary>A backup does not start with less free space than this on the backup directory's volume.</summary>
    [Range(0, int.MaxValue)]
    public int MinFreeSpaceMegabytes { get; set; } = 512;

    /// <summary>How long pre-restore safety backups are kept (pruned by the scheduled jobs).</summary>
    [Range(1, 3650)]
    public int PreRestoreRetentionDays { get; set; } = 7;

    /// <summary>How many scheduled backups a schedule keeps when <c>schedule</c> names no <c>keep N</c>.</summary>
    [Range(1, 1000, ErrorMessage = "Backups:DefaultScheduleKeep must be between 1 and 1000.")]
    public int DefaultScheduleKeep { get; set; } = 7;

    /// <summary>Schedules may not run more often than this (0 allows every minute).</summary>
    [Range(0, 1440, ErrorMessage = "Backups:MinScheduleIntervalMinutes must be between 0 and 1440.")]
    public int MinScheduleIntervalMinutes { get; set; } = 15;

    /// <summary>The image of the helper container that empties mounts before a restore, when the server's own image has no shell.</summary>
    public string? HelperImage { get; set; }

    /// <summary>How long to collect the answer of each pre/post console command.</summary>
    [Range(0, 60_000)]
    public int ConsoleEchoMilliseconds { get; set; } = 1000;

    /// <summary>How often a running backup or restore reports the bytes done so far.</summary>
    [Range(10, 60_000)]
    public int ProgressIntervalMilliseconds { get; set; } = 1000;
}
