using DiscordApi;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups;
using ServerStatus.Infrastructure.Docker;
using ServerStatus.Infrastructure.Persistence;

namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>
/// What must hold before the bot starts: valid configuration, a usable database (migrated), and
/// reachable Docker engines. Each problem is one sentence saying what to set.
/// </summary>
public sealed class StartupChecks(IServiceProvider services, DatabaseInitializer database, EngineHealthCheck engines, IBackupStore backups)
{
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken ct)
    {
        var problems = new List<string>(FindConfigurationProblems(services));
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

    /// <summary>
    /// The configuration's problems, one sentence each. Static, reading settings only: resolving the checks themselves
    /// needs valid settings (the backup store and the engines read theirs when they are made), and <c>doctor</c> shares it.
    /// </summary>
    public static IReadOnlyList<string> FindConfigurationProblems(IServiceProvider services) =>
    [
        .. ValidateOptions<DiscordApiOptions>(services),
        .. ValidateOptions<DockerOptions>(services),
        .. ValidateOptions<DatabaseOptions>(services),
        .. ValidateOptions<BotOptions>(services),
        .. ValidateOptions<BackupOptions>(services),
    ];

    /// <summary>One sentence per problem of one options class (none when it is valid).</summary>
    public static IEnumerable<string> ValidateOptions<TOptions>(IServiceProvider services)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            _ = services.GetRequiredService<IOptions<TOptions>>().Value;
            return [];
        }
        catch (OptionsValidationException ex)
        {
            return ex.Failures.Select(f => f.Contains("DataAnnotation validation failed", StringComparison.Ordinal) ? Simplify(f) : f);
        }
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

    // "DataAnnotation validation failed for 'X' members: 'Token' with the error: 'sentence'." → "sentence"
    private static string Simplify(string failure)
    {
        const string marker = "with the error: '";
        var start = failure.IndexOf(marker, StringComparison.Ordinal);
        return start < 0 ? failure : failure[(start + marker.Length)..].TrimEnd('.', '\'') + ".";
    }
}
