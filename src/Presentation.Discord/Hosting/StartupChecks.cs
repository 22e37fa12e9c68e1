using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups;
using ServerStatus.Infrastructure.Docker;
using ServerStatus.Infrastructure.Persistence;

namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>
/// What must hold before the bot starts: valid settings (<see cref="SettingsCheck"/>), a usable database (migrated), a
/// writable backup directory and reachable Docker engines (the last three checked concurrently). Each problem is one
/// sentence saying what to set, in that order.
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

        // Independent of each other, so asked at once: the database's migrations, the engines and the backup directory.
        var migrated = Task.Run(() => database.InitializeAsync(ct), ct);
        var unreachable = Task.Run(() => engines.FindUnreachableAsync(ct), ct);
        var backupProblem = PrepareBackupDirectory();
        if (await migrated is { } databaseProblem)
        {
            problems.Add(databaseProblem);
        }

        if (backupProblem is not null)
        {
            problems.Add(backupProblem);
        }

        problems.AddRange((await unreachable).Select(p => $"{p.TrimEnd('.')}: start Docker or fix Docker:Engines."));
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
