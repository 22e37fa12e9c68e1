using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using ServerStatus.Infrastructure.Persistence;

namespace ServerStatus.IntegrationTests.Persistence;

/// <summary>
/// The bot runs on compiled models (<c>Persistence/CompiledModels</c>, made by <c>dotnet ef dbcontext optimize</c>) so that
/// it does not build its model at every start. A model change without a new compiled model would go unnoticed at run
/// time, so each compiled model is compared with the model OnModelCreating builds, table by table and column by column.
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void SqliteCompiledModel_MatchesTheModel()
    {
        using var db = new DesignTimeSqliteContextFactory().CreateDbContext([]);

        AssertCompiledModelMatches(db, "SqliteServerStatusDbContext", "Sqlite");
    }

    [Fact]
    public void SqlServerCompiledModel_MatchesTheModel()
    {
        using var db = new DesignTimeSqlServerContextFactory().CreateDbContext([]);

        AssertCompiledModelMatches(db, "SqlServerServerStatusDbContext", "SqlServer");
    }

    private static void AssertCompiledModelMatches(ServerStatusDbContext db, string context, string folder)
    {
        var compiled = db.Model;
        var built = db.GetService<IDesignTimeModel>().Model;

        compiled.GetType().Name.ShouldBe(context + "Model", "the context should run on its compiled model");
        var model = Describe(built);
        var compiledModel = Describe(compiled);
        var differences = model.Except(compiledModel).Select(line => "model only: " + line)
            .Concat(compiledModel.Except(model).Select(line => "compiled model only: " + line));

        differences.ShouldBeEmpty(
            $"regenerate the compiled model: dotnet ef dbcontext optimize --project src/Infrastructure --startup-project src/Infrastructure.Migrations.{folder} --context {context} --output-dir Persistence/CompiledModels/{folder} --namespace ServerStatus.Infrastructure.Persistence.CompiledModels.{folder}");
    }

    // What the database and the mapping depend on: every entity's properties with their columns, types and converters,
    // and every table's keys, indexes and foreign keys.
    private static List<string> Describe(IModel model)
    {
        var lines = new List<string>();
        foreach (var entity in model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                var mapping = property.GetRelationalTypeMapping();
                lines.Add($"{entity.Name}.{property.Name}: {property.ClrType.Name} -> {entity.GetTableName()}.{property.GetColumnName()} {mapping.StoreType}"
                    + $" null={property.IsNullable} max={property.GetMaxLength()} converter={(property.GetValueConverter() ?? mapping.Converter)?.GetType().Name}"
                    + $" generated={property.ValueGenerated} concurrency={property.IsConcurrencyToken}");
            }
        }

        foreach (var table in model.GetRelationalModel().Tables)
        {
            lines.Add($"{table.Name} key {table.PrimaryKey?.Name}({Columns(table.PrimaryKey?.Columns ?? [])})");
            lines.AddRange(table.Indexes.Select(i => $"{table.Name} index {i.Name}({Columns(i.Columns)}) unique={i.IsUnique} filter={i.Filter}"));
            lines.AddRange(table.ForeignKeyConstraints.Select(f => $"{table.Name} fk {f.Name}({Columns(f.Columns)}) -> {f.PrincipalTable.Name} {f.OnDeleteAction}"));
        }

        return lines;
    }

    private static string Columns(IEnumerable<IColumn> columns) => string.Join(",", columns.Select(c => c.Name));
}
