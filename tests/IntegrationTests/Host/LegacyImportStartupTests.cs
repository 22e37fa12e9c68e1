using DiscordApi.Gateway;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Permissions;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>
/// The legacy import as <c>Program</c> runs it: <see cref="BotHost.RunAsync"/> against the fake Discord. A fresh host
/// per test, not a shared <see cref="BotFixture"/>: the start-up itself is what is tested.
/// </summary>
public sealed class LegacyImportStartupTests : IAsyncLifetime
{
    private const ulong Alice = 123456789012345678;
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("serverstatus-legacy-host-");
    private readonly CapturedLogs _logs = new();
    private FakeDiscordServer _discord = null!;

    private string LegacyFile => Path.Combine(_directory.FullName, "permissions.json");

    // No containers needed: the start-up checks only ping the engine (EnsureReadyAsync would also sweep other runs' containers).
    public async Task InitializeAsync() => _discord = await FakeDiscordServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _discord.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    [Fact]
    public async Task ImportsTheFileBeforeTheBotConnects_AndThenRuns()
    {
        await File.WriteAllTextAsync(LegacyFile, $$"""{"servers": [{"name": "mc", "get_logs": ["{{Alice}}"]}]}""");
        var app = BuildBot();

        var run = BotHost.RunAsync(app, TextWriter.Null);
        await Eventually.HoldsAsync(() => run.IsCompleted || app.Services.GetRequiredService<IDiscordGateway>().State == GatewayState.Connected, "the gateway connects");
        var grants = await GrantsAsync(app);
        app.Lifetime.StopApplication();

        (await run).ShouldBe(0);
        grants.ShouldBe([(Alice, Permission.Logs, "mc")]);
        var messages = _logs.Entries.Select(e => e.Message).ToList();
        var imported = messages.FindIndex(m => m.StartsWith($"Legacy permissions {LegacyFile} imported: 1 grants added", StringComparison.Ordinal));
        imported.ShouldBeGreaterThanOrEqualTo(0);
        var firstGateway = _logs.Entries.ToList().FindIndex(e => e.Category.Contains("Gateway", StringComparison.Ordinal));
        (firstGateway < 0 || imported < firstGateway).ShouldBeTrue("the import is logged before the gateway starts");
    }

    [Fact]
    public async Task StartsTheBotAnyway_WhenTheFileIsMalformed()
    {
        await File.WriteAllTextAsync(LegacyFile, "{\"servers\": [\n  {\"name\": \"mc\",,}\n");
        var app = BuildBot();

        var run = BotHost.RunAsync(app, TextWriter.Null);
        await Eventually.HoldsAsync(() => run.IsCompleted || app.Services.GetRequiredService<IDiscordGateway>().State == GatewayState.Connected, "the gateway connects");
        var connected = !run.IsCompleted;
        app.Lifetime.StopApplication();

        (await run).ShouldBe(0);
        connected.ShouldBeTrue();
        _logs.Entries.ShouldContain(e => e.Level == LogLevel.Warning && e.Message.StartsWith($"Legacy permissions {LegacyFile}:2: skipped the whole file", StringComparison.Ordinal));
    }

    private WebApplication BuildBot()
    {
        var settings = BotUnderTest.Settings(new DockerSandbox(), _discord, _directory.FullName);
        settings["Permissions:LegacyFile"] = LegacyFile;
        return BotUnderTest.Build(settings, _logs);
    }

    private static async Task<IReadOnlyList<(ulong, Permission, string)>> GrantsAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return [.. (await scope.ServiceProvider.GetRequiredService<IGrantStore>().ListAllAsync(default)).Select(g => (g.SubjectId, g.Permission, g.Scope))];
    }
}
