using Microsoft.EntityFrameworkCore;

namespace ServerStatus.Infrastructure.Persistence;

/// <summary>The SQL Server flavour of the model (migrations in their own assembly, <c>src/Infrastructure.Migrations.SqlServer</c>).</summary>
public sealed class SqlServerServerStatusDbContext(DbContextOptions<SqlServerServerStatusDbContext> options)
    : ServerStatusDbContext(options)
{
    public const string MigrationsAssembly = "ServerStatus.Infrastructure.Migrations.SqlServer";

    /// <summary>The options of this context, the same for the bot and for dotnet-ef.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlServer(connectionString, sqlServer => sqlServer.MigrationsAssembly(MigrationsAssembly));

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Discord snowflakes fit a signed 64-bit number for decades: bigint instead of decimal(20,0).
        configurationBuilder.Properties<ulong>().HaveConversion<long>();
    }
}
