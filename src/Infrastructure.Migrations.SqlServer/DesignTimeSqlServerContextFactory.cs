using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ServerStatus.Infrastructure.Persistence;

/// <summary>Lets dotnet-ef build the SQL Server context without the host and without a server (migrations and scripts need none).</summary>
public sealed class DesignTimeSqlServerContextFactory : IDesignTimeDbContextFactory<SqlServerServerStatusDbContext>
{
    public SqlServerServerStatusDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<SqlServerServerStatusDbContext>)SqlServerServerStatusDbContext.Configure(
            new DbContextOptionsBuilder<SqlServerServerStatusDbContext>(),
            "Server=design-time;Database=ServerStatus;Integrated Security=false;TrustServerCertificate=true").Options);
}
