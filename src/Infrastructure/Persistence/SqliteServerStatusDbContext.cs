using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ServerStatus.Infrastructure.Persistence;

/// <summary>The SQLite flavour of the model (migrations in their own assembly, <c>src/Infrastructure.Migrations.Sqlite</c>).</summary>
public sealed class SqliteServerStatusDbContext(DbContextOptions<SqliteServerStatusDbContext> options)
    : ServerStatusDbContext(options)
{
    public const string MigrationsAssembly = "ServerStatus.Infrastructure.Migrations.Sqlite";

    /// <summary>The options of this context, the same for the bot and for dotnet-ef.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(MigrationsAssembly));

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite cannot compare or order DateTimeOffset text; stored as sortable 64-bit numbers instead.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();

        // Nor order by unsigned 64-bit numbers; Discord snowflakes stay below 2^63 for decades.
        configurationBuilder.Properties<ulong>().HaveConversion<long>();
    }
}
