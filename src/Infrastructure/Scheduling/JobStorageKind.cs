namespace ServerStatus.Infrastructure.Scheduling;

/// <summary>Where Hangfire keeps its jobs: in memory (default), or in SQL Server when the database is SQL Server.</summary>
public enum JobStorageKind
{
    InMemory,
    SqlServer,
}
