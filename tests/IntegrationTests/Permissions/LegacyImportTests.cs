using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Permissions.ImportLegacyPermissions;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Servers;
using ServerStatus.Infrastructure.Persistence;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.IntegrationTests.Permissions;

/// <summary>The start-up import of the old bot's permissions.json through the real pipeline, on a real SQLite file.</summary>
public sealed class LegacyImportTests(LegacyImportTests.Setup fixture) : AppTests<LegacyImportTests.Setup>(fixture)
{
    private const ulong Alice = 123456789012345678;
    private const ulong Bob = 223456789012345678;
    private const ulong Carol = 323456789012345678;

    private static readonly string Original = $$"""
        {
          "servers": [
            {"name": "mc", "status": ["{{Alice}}", {{Bob}}], "restart": ["{{Alice}}"], "get_logs": ["{{Bob}}"]},
            {"name": "factorio", "list_backups": ["{{Alice}}"]}
          ],
          "users": {"admins": ["{{Carol}}"]}
        }
        """;

    private string LegacyFile => Fixture.LegacyFile;

    [Fact]
    public async Task AddsTheGrantsAndAdminsOfTheFile_WhenTheBotStarts()
    {
        await File.WriteAllTextAsync(LegacyFile, Original);

        var report = await RunStartupAsync();

        report.ShouldNotBeNull().Status.ShouldBe(LegacyImportStatus.Imported);
        (report.GrantsAdded, report.AdminsAdded, report.Skipped).ShouldBe((5, 1, 0));
        (await GrantsAsync()).ShouldBe(
        [
            (Alice, Permission.Status, "mc"), (Bob, Permission.Status, "mc"), (Alice, Permission.Restart, "mc"),
            (Bob, Permission.Logs, "mc"), (Alice, Permission.Backup, "factorio"),
        ], ignoreOrder: true);
        (await AdminsAsync()).ShouldBe([Carol]);
        Logged(LogLevel.Information).ShouldContain($"Legacy permissions {LegacyFile} imported: 5 grants added, 0 already present, 1 admins added, 0 already admins, 0 skipped");
    }

    [Fact]
    public async Task AddsNothing_WhenTheSameFileIsImportedAgain()
    {
        await File.WriteAllTextAsync(LegacyFile, Original);
        await RunStartupAsync();

        var again = await RunStartupAsync();

        again.ShouldNotBeNull().Status.ShouldBe(LegacyImportStatus.AlreadyImported);
        (await GrantsAsync()).Count.ShouldBe(5);
        (await AdminsAsync()).ShouldBe([Carol]);
        (await ImportRecordsAsync()).ShouldHaveSingleItem().GrantsAdded.ShouldBe(5);
        Logged(LogLevel.Information).ShouldContain($"Legacy permissions {LegacyFile} were imported before (same content): nothing changed");
    }

    [Fact]
    public async Task DoesNotBringBackARevokedGrantOrAdmin_WhenTheBotStartsAgain()
    {
        await File.WriteAllTextAsync(LegacyFile, Original);
        await RunStartupAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<IGrantStore>().RemoveAsync(Subject.User(Alice), Permission.Restart, Scope("mc"), default)).ShouldBeTrue();
            (await scope.ServiceProvider.GetRequiredService<IAdminStore>().RemoveAsync(Carol, default)).ShouldBeTrue();
        }

        await RunStartupAsync();

        (await GrantsAsync()).ShouldNotContain((Alice, Permission.Restart, "mc"));
        (await GrantsAsync()).Count.ShouldBe(4);
        (await AdminsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task AddsOnlyTheNewEntries_WhenTheFileChanged()
    {
        await File.WriteAllTextAsync(LegacyFile, Original);
        await RunStartupAsync();
        await File.WriteAllTextAsync(LegacyFile, Original.Replace("\"restart\": [", $"\"stop\": [\"{Bob}\"], \"restart\": [", StringComparison.Ordinal));

        var report = await RunStartupAsync();

        report.ShouldNotBeNull().Status.ShouldBe(LegacyImportStatus.Imported);
        (report.GrantsAdded, report.GrantsAlreadyPresent, report.AdminsAdded, report.AdminsAlreadyPresent).ShouldBe((1, 5, 0, 1));
        (await GrantsAsync()).Count.ShouldBe(6);
        (await GrantsAsync()).ShouldContain((Bob, Permission.Stop, "mc"));
        (await ImportRecordsAsync()).Count.ShouldBe(2);
    }

    [Fact]
    public async Task KeepsExistingGrantsAndWarnsWithTheLine_WhenTheFileIsMalformed()
    {
        await App.GrantAsync(Subject.User(Alice), Permission.Kill, "mc");
        await File.WriteAllTextAsync(LegacyFile, Original.Replace("\"users\"", "users", StringComparison.Ordinal));

        var report = await RunStartupAsync();

        report.ShouldNotBeNull().Status.ShouldBe(LegacyImportStatus.Malformed);
        (await GrantsAsync()).ShouldBe([(Alice, Permission.Kill, "mc")]);
        (await AdminsAsync()).ShouldBeEmpty();
        (await ImportRecordsAsync()).ShouldBeEmpty();
        Logged(LogLevel.Warning).ShouldContain(m => m.StartsWith($"Legacy permissions {LegacyFile}:6: skipped the whole file", StringComparison.Ordinal));
    }

    [Fact]
    public async Task KeepsExistingGrantsAndWarnsPerSkippedItem_WhenTheFileHasBadEntries()
    {
        await App.GrantAsync(Subject.User(Alice), Permission.Kill, "mc");
        await File.WriteAllTextAsync(LegacyFile, $$"""
            {
              "servers": [
                {"name": "mc", "status": ["not-an-id", "{{Bob}}", "{{Bob}}"], "teleport": ["{{Bob}}"]},
                {"name": "bad name!", "status": ["{{Bob}}"]}
              ],
              "users": {"admins": ["{{Carol}}"], "owners": ["{{Carol}}"]}
            }
            """);

        var report = await RunStartupAsync();

        report.ShouldNotBeNull().Status.ShouldBe(LegacyImportStatus.Imported);
        (report.GrantsAdded, report.AdminsAdded, report.Skipped).ShouldBe((1, 1, 5));
        (await GrantsAsync()).ShouldBe([(Alice, Permission.Kill, "mc"), (Bob, Permission.Status, "mc")], ignoreOrder: true);
        var warnings = Logged(LogLevel.Warning);
        warnings.Count.ShouldBe(5);
        warnings.ShouldContain($"Legacy permissions {LegacyFile}:3: skipped `\"not-an-id\"` in `status` of server `mc`: not a Discord user id");
        warnings.ShouldContain(m => m.StartsWith($"Legacy permissions {LegacyFile}:4: skipped server `bad name!`", StringComparison.Ordinal));
        warnings.ShouldContain(m => m.StartsWith($"Legacy permissions {LegacyFile}:6: skipped unknown key `users.owners`", StringComparison.Ordinal));
        (await ImportRecordsAsync()).ShouldHaveSingleItem().Skipped.ShouldBe(5);
    }

    [Fact]
    public async Task ReportsNoFileAndImportsNothing_WhenThereIsNoLegacyFile()
    {
        var report = await RunStartupAsync();

        report.ShouldNotBeNull().Status.ShouldBe(LegacyImportStatus.NoFile);
        (await ImportRecordsAsync()).ShouldBeEmpty();
        Logged(LogLevel.Information).ShouldContain($"No legacy permissions file at {LegacyFile}: nothing to import");
    }

    [Fact]
    public async Task WarnsAndCarriesOn_WhenTheLegacyFileCannotBeRead()
    {
        Directory.CreateDirectory(LegacyFile);

        var report = await RunStartupAsync();

        report.ShouldBeNull();
        Logged(LogLevel.Warning).ShouldContain(m => m.StartsWith($"Legacy permissions {LegacyFile} not imported:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeniesTheImport_WhenTheSenderIsNotAnAdmin()
    {
        await File.WriteAllTextAsync(LegacyFile, Original);

        var result = await App.SendAsync(TestApp.User(Alice), new ImportLegacyPermissions(LegacyFile));

        result.Outcome.ShouldBe(Outcome.Denied);
        (await GrantsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task ImportsNothing_WhenTheSettingIsEmpty()
    {
        await File.WriteAllTextAsync(LegacyFile, Original);
        var (host, _) = TestApp.Build(WithSettings(s => s["Permissions:LegacyFile"] = ""));
        using (host)
        {
            var report = await host.Services.GetRequiredService<LegacyPermissionsStartup>().RunAsync(default);

            report.ShouldBeNull();
        }

        (await GrantsAsync()).ShouldBeEmpty();
        (await ImportRecordsAsync()).ShouldBeEmpty();
    }

    private static GrantScope Scope(string name) => GrantScope.For(ServerName.Parse(name));

    private Dictionary<string, string?> WithSettings(Action<Dictionary<string, string?>> change)
    {
        var settings = TestApp.Settings(new DockerSandbox(), DatabasePath());
        change(settings);
        return settings;
    }

    private string DatabasePath()
    {
        using var scope = App.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<ServerStatusDbContext>().Database.GetDbConnection().DataSource;
    }

    private Task<LegacyImportReport?> RunStartupAsync() =>
        App.Services.GetRequiredService<LegacyPermissionsStartup>().RunAsync(default);

    private List<string> Logged(LogLevel level) =>
        [.. App.Logs.Entries.Where(e => e.Level == level && e.Category.EndsWith(nameof(LegacyPermissionsStartup), StringComparison.Ordinal)).Select(e => e.Message)];

    private async Task<IReadOnlyList<(ulong, Permission, string)>> GrantsAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return [.. (await scope.ServiceProvider.GetRequiredService<IGrantStore>().ListAllAsync(default)).Select(g => (g.SubjectId, g.Permission, g.Scope))];
    }

    private async Task<IReadOnlyList<ulong>> AdminsAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return [.. (await scope.ServiceProvider.GetRequiredService<IAdminStore>().ListAsync(default)).Select(a => a.UserId)];
    }

    private async Task<IReadOnlyList<LegacyImport>> ImportRecordsAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ServerStatusDbContext>().LegacyImports.AsNoTracking().ToListAsync();
    }

    /// <summary>The app with a legacy file setting; a reset removes whatever a test put at that path (a file or a directory).</summary>
    public sealed class Setup : AppFixture
    {
        private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("serverstatus-legacy-");

        public string LegacyFile => Path.Combine(_directory.FullName, "permissions.json");

        protected override void Configure(Dictionary<string, string?> settings) => settings["Permissions:LegacyFile"] = LegacyFile;

        protected override Task ResetAsync()
        {
            if (Directory.Exists(LegacyFile))
            {
                Directory.Delete(LegacyFile, recursive: true);
            }

            File.Delete(LegacyFile);
            return base.ResetAsync();
        }

        protected override Task CleanUpAsync()
        {
            _directory.Delete(recursive: true);
            return Task.CompletedTask;
        }
    }
}
