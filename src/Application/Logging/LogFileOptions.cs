using System.ComponentModel.DataAnnotations;

namespace ServerStatus.Application.Logging;

/// <summary>Configuration section <c>Logging:File</c>: where the log file is written and how much of it is kept.</summary>
public sealed class LogFileOptions
{
    public const string Section = "Logging:File";

    /// <summary>100 GiB: the largest log directory budget, in KB.</summary>
    public const long MaxDirectoryBudgetKb = 104_857_600;

    /// <summary>The file being written; rolled files sit beside it (<c>latest_001.log</c>, …). The host's default is <c>logs/latest.log</c> in its data directory.</summary>
    [Required(ErrorMessage = "Logging:File:Path must name the log file, e.g. ./data/logs/latest.log.")]
    public string Path { get; set; } = "./data/logs/latest.log";

    /// <summary>Size at which the file rolls over to a new one, in KB.</summary>
    [Range(1, 10_485_760, ErrorMessage = "Logging:File:SizeLimitKb must be between 1 and 10485760 KB.")]
    public long SizeLimitKb { get; set; } = 10_240;

    /// <summary>How many log files (the current one included) are kept.</summary>
    [Range(1, 1000, ErrorMessage = "Logging:File:RetainedFiles must be between 1 and 1000.")]
    public int RetainedFiles { get; set; } = 5;

    /// <summary>The budget of the whole log directory that the <c>trim-logs</c> job keeps, in KB; 0 = size limit x retained files.</summary>
    [Range(0, MaxDirectoryBudgetKb, ErrorMessage = "Logging:File:DirectoryBudgetKb must be between 0 and 104857600 KB.")]
    public long DirectoryBudgetKb { get; set; }

    public long EffectiveDirectoryBudgetKb => DirectoryBudgetKb > 0 ? DirectoryBudgetKb : SizeLimitKb * RetainedFiles;
}
