using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ServerStatus.Domain.Permissions;
using ServerStatus.Infrastructure.Persistence;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.IntegrationTests.Persistence;

/// <summary>
/// SQL Server cannot run here, so its side is checked by every means that needs no server: migrations
/// in step with the model, the idempotent deployment script parsed by the T-SQL parser, the model's
/// column types and indexes, and a clear start-up error when the server cannot be reached.
/// </summary>
public sealed class SqlServerModelTests
{
    private static SqlServerServerStatusDbContext SqlServer() => new DesignTimeSqlServerContextFactory().CreateDbContext([]);

    private static SqliteServerStatusDbContext Sqlite() => new DesignTimeSqliteContextFactory().CreateDbContext([]);

    [Fact]
    public void HasAMigrationForEveryModelChange_OnBothProviders()
    {
        using var sqlServer = SqlServer();
        using var sqlite = Sqlite();

        sqlServer.Database.HasPendingModelChanges().ShouldBeFalse("add a SqlServer migration: dotnet ef migrations add <Name> --project src/Infrastructure.Migrations.SqlServer --startup-project src/Infrastructure.Migrations.SqlServer --context SqlServerServerStatusDbContext --output-dir Migrations");
        sqlite.Database.HasPendingModelChanges().ShouldBeFalse("add a Sqlite migration: dotnet ef migrations add <Name> --project src/Infrastructure.Migrations.Sqlite --startup-project src/Infrastructure.Migrations.Sqlite --context SqliteServerStatusDbContext --output-dir Migrations");
    }

    [Fact]
    public void ProducesAnIdempotentScriptThatTheTSqlParserAccepts()
    {
        using var db = SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        parser.Parse(new StringReader(script), out var errors);

        errors.Select(e => $"line {e.Line}: {e.Message}").ShouldBeEmpty();
        script.ShouldContain("CREATE TABLE [Grants]");
        script.ShouldContain("IF NOT EXISTS");
    }

    [Fact]
    public void StoresSnowflakesAsBigint_AndBoundsEveryString()
    {
        using var db = SqlServer();
        var model = db.GetService<Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel>().Model;

        var columns = model.GetEntityTypes().SelectMany(e => e.GetProperties().Select(p => (Entity: e.ClrType.Name, Property: p)));
        columns.Where(c => c.Property.ClrType == typeof(ulong) || c.Property.ClrType == typeof(ulong?))
            .ShouldAllBe(c => c.Property.GetColumnType() == "bigint");
        columns.Where(c => c.Property.ClrType == typeof(string))
            .Select(c => $"{c.Entity}.{c.Property.Name}: {c.Property.GetColumnType()}")
            .ShouldAllBe(type => !type.Contains("max", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void KeepsGrantsUnique()
    {
        using var db = SqlServer();
        var grants = db.GetService<Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel>().Model.FindEntityType(typeof(Grant)).ShouldNotBeNull();

        grants.GetIndexes().ShouldContain(i => i.IsUnique && i.Properties.Select(p => p.Name).SequenceEqual(new[] { "SubjectKind", "SubjectId", "Permission", "Scope" }));
    }

    [Fact]
    public void KeepsHangfiresJobsInTheSameDatabase_InTheirOwnSchema()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "SqlServer" })
            .Build();

        var options = ServerStatus.Infrastructure.Scheduling.SchedulingSetup.SqlServerStorageOptions();

        ServerStatus.Infrastructure.Scheduling.SchedulingSetup.StorageFor(configuration).ShouldBe(ServerStatus.Infrastructure.Scheduling.JobStorageKind.SqlServer);
        options.SchemaName.ShouldBe("HangFire");
        options.PrepareSchemaIfNecessary.ShouldBeTrue();
        options.DisableGlobalLocks.ShouldBeTrue();
        options.SlidingInvisibilityTimeout.ShouldNotBeNull().ShouldBeGreaterThan(TimeSpan.Zero);
    }

    [Fact]
    public async Task SaysWhichServerCannotBeReached_WithoutThePassword()
    {
        var problems = await StartupProblemsAsync("Server=127.0.0.1,1;Database=ServerStatus;User Id=serverstatus;Password=Very$ecret1;Connect Timeout=2;TrustServerCertificate=true");

        problems.ShouldHaveSingleItem().ShouldStartWith("Cannot reach SQL Server 127.0.0.1,1 (");
        problems[0].ShouldEndWith("check ConnectionStrings:ServerStatus and that the server accepts connections.");
        problems[0].ShouldNotContain("Very$ecret1");
    }

    [Fact]
    public async Task AsksForTheConnectionString_WhenItIsMissing()
    {
        var problems = await StartupProblemsAsync(connectionString: null);

        problems.ShouldBe(["Database:Provider is SqlServer but ConnectionStrings:ServerStatus is not set: set it to the SQL Server connection string."]);
    }

    private static async Task<IReadOnlyList<string>> StartupProblemsAsync(string? connectionString)
    {
        var settings = TestApp.Settings(new DockerSandbox(), Path.Combine(Path.GetTempPath(), "unused.db"));
        settings["Database:Provider"] = "SqlServer";
        settings["ConnectionStrings:ServerStatus"] = connectionString;
        var (host, _) = TestApp.Build(settings);
        using (host)
        {
            return await host.Services.GetRequiredService<StartupChecks>().RunAsync(CancellationToken.None);
        }
    }
}
