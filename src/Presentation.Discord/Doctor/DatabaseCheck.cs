using Microsoft.Extensions.Options;
using ServerStatus.Infrastructure.Persistence;

namespace ServerStatus.Presentation.Discord.Doctor;

/// <summary>
/// The database: reachable, and which migrations it has applied and still lacks. Read only: the bot applies pending
/// migrations (and creates a missing SQLite file) when it starts, so pending ones are reported, not applied.
/// </summary>
public sealed class DatabaseCheck(DatabaseHealthCheck health, IOptions<DatabaseOptions> options)
{
    public async Task<DoctorLine> RunAsync(CancellationToken ct)
    {
        var sqlServer = options.Value.IsSqlServer;
        var file = health.SqliteFile();
        var where = file is null ? $"the SQL Server database of ConnectionStrings:{PersistenceRegistration.ConnectionStringName}" : $"the SQLite database {file}";
        var fix = file is null
            ? $"check ConnectionStrings:{PersistenceRegistration.ConnectionStringName} and that the server accepts connections."
            : "set Database:Path to the bot's database file (or to a writable location for a new one).";
        if (file is not null && !File.Exists(file))
        {
            var folder = Path.GetDirectoryName(file) ?? file;
            var existing = WritableDirectory.NearestExisting(folder);
            return WritableDirectory.FindProblem(existing) is { } problem
                ? DoctorLine.Fail($"{where} does not exist and cannot be created: {existing} is not writable ({problem})", "set Database:Path to a writable file location.")
                : DoctorLine.Pass($"{where} does not exist yet; the bot creates it and applies {(await health.ReadMigrationsAsync(ct)).Pending.Count} migrations when it starts");
        }

        if (await health.FindProblemAsync(ct) is { } unreachable)
        {
            return DoctorLine.Fail($"{where} cannot be reached ({unreachable.TrimEnd('.')})", fix);
        }

        MigrationStatus migrations;
        try
        {
            migrations = await health.ReadMigrationsAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return DoctorLine.Fail($"{where} cannot be read ({ex.Message.TrimEnd('.')})", fix);
        }

        if (migrations.Unknown.Count > 0)
        {
            return DoctorLine.Fail(
                $"{where} has migrations this version does not know ({string.Join(", ", migrations.Unknown)})",
                "run the version of the bot that made them, or a newer one.");
        }

        var applied = $"{migrations.Applied.Count} migrations applied";
        return DoctorLine.Pass(migrations.Pending.Count == 0
            ? $"{where} answers: {applied}, none pending"
            : $"{where} answers: {applied}, {migrations.Pending.Count} pending ({string.Join(", ", migrations.Pending)}), which the bot applies when it starts{(sqlServer ? " (its login needs db_ddladmin for that)" : "")}");
    }
}
