namespace ServerStatus.Infrastructure.Persistence;

/// <summary>The database's migrations: applied, pending (this version has them, the database not yet), and unknown (the database has them, this version does not).</summary>
public sealed record MigrationStatus(IReadOnlyList<string> Applied, IReadOnlyList<string> Pending, IReadOnlyList<string> Unknown);
