using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ServerStatus.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef migrations add X --context SqliteServerStatusDbContext</c> build the context without the host.</summary>
public sealed class DesignTimeSqliteContextFactory : IDesignTimeDbContextFactory<SqliteServerStatusDbContext>
{
    public SqliteServerStatusDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<SqliteServerStatusDbContext>)SqliteServerStatusDbContext.Configure(new DbContextOptionsBuilder<SqliteServerStatusDbContext>(), "Data Source=design-time.db").Options);
}
