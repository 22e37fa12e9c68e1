using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups;
using ServerStatus.Infrastructure.Docker;
using ServerStatus.Infrastructure.Persistence;

namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>
/// What must hold before the bot starts: valid settings (<see cref="SettingsCheck"/>), a usable database (migrated), and
/// reachable Docker engines. Each problem is one sentence saying what to set.
/// </summary>
public sealed class StartupChecks(IServiceProvider services, DatabaseInitializer database, EngineHealthCheck engines, IBackupStore backups)
{
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken ct)
    {
        var problems = SettingsCheck.Validate(services.GetRequiredService<IConfiguration>()).ToList();
        if (problems.Count > 0)
        {
            return problems;
        }

        if (await database.InitializeAsync(ct) is { } databaseProblem)
        {
            problems.Add(databaseProblem);
        }

        if (PrepareBackupDirectory() is { } backupProblem)
        {
            problems.Add(backupProblem);
        }

        problems.AddRange((await engines.FindUnreachableAsync(ct)).Select(p => $"{p.TrimEnd('.')}: start Docker or fix Docker:Engines."));
        return problems;
    }

    /// <summary>Checks the backup directory is writable and removes temporary files a crash or kill mid-backup left.</summary>
    private string? PrepareBackupDirectory()
    {
        var directory = services.GetRequiredService<IOptions<BackupOptions>>().Value.Directory;
        try
        {
            Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".write-probe-{Guid.NewGuid():N}{Infrastructure.Backups.FileSystemBackupStore.TemporarySuffix}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            backups.CleanTemporaryFiles();
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"The backup directory {Path.GetFullPath(directory)} is not writable ({ex.Message.TrimEnd('.')}): fix its permissions or set Backups:Directory.";
        }
    }
}
