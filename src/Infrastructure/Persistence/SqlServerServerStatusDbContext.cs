using Microsoft.EntityFrameworkCore;

namespace ServerStatus.Infrastructure.Persistence;

/// <summary>The SQL Server flavour of the model (migrations in <c>Persistence/Migrations/SqlServer</c>).</summary>
public sealed class SqlServerServerStatusDbContext(DbContextOptions<SqlServerServerStatusDbContext> options)
    : ServerStatusDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Discord snowflakes fit a signed 64-bit number for decades: bigint instead of decimal(20,0).
        configurationBuilder.Properties<ulong>().HaveConversion<long>();
    }
}
