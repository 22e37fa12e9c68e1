using Microsoft.Extensions.Configuration.Memory;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Logging;
using ServerStatus.Infrastructure.Persistence;

namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>
/// <c>DataDirectory</c>: where everything the bot writes lives — the SQLite database, the backups and the log file —
/// unless <c>Database:Path</c>, <c>Backups:Directory</c> or <c>Logging:File:Path</c> name a place of their own. A relative
/// directory is taken from the content root (the working directory); default <c>./data</c>.
/// </summary>
public static class DataDirectory
{
    public const string Key = "DataDirectory";

    public const string Default = "./data";

    public static readonly string DatabasePathKey = $"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Path)}";

    public static readonly string BackupsKey = $"{BackupOptions.Section}:{nameof(BackupOptions.Directory)}";

    public static readonly string LogFileKey = $"{LogFileOptions.Section}:{nameof(LogFileOptions.Path)}";

    /// <summary>The full path of the data directory these settings name.</summary>
    public static string Resolve(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var directory = configuration[Key];
        return Path.GetFullPath(string.IsNullOrWhiteSpace(directory) ? Default : directory, contentRoot);
    }

    /// <summary>Gives the database, the backups and the log file their place in the data directory when no setting names one.</summary>
    public static void ApplyDefaults(IConfigurationBuilder configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = configuration.Build();
        var directory = Resolve(settings, contentRoot);
        var defaults = new Dictionary<string, string?>
        {
            [DatabasePathKey] = Path.Combine(directory, "serverstatus.db"),
            [BackupsKey] = Path.Combine(directory, "backups"),
            [LogFileKey] = Path.Combine(directory, "logs", "latest.log"),
        };

        // First, so that every other source wins; only keys nothing sets, so they win anyway.
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = defaults.Where(d => settings[d.Key] is null) });
    }
}
