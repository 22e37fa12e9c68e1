using System.Globalization;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Security;
using ServerStatus.Domain.Permissions;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.IntegrationTests.Fixtures;

/// <summary>
/// The bot's real composition (the host's own registration method) against a real SQLite file and
/// real Docker engines, without the Discord edge: requests are sent through the real pipeline,
/// each in a fresh scope with its actor set, as the gateway dispatcher does.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    public const ulong AdminId = 100_000_000_000_001_000;

    private readonly IHost _host;
    private readonly DirectoryInfo _directory;

    private TestApp(IHost host, DirectoryInfo directory, CapturedLogs logs)
    {
        _host = host;
        _directory = directory;
        Logs = logs;
    }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => _host.Services;

    private ActorScopedSender Sender => _host.Services.GetRequiredService<ActorScopedSender>();

    public static Dictionary<string, string?> Settings(DockerSandbox sandbox, string databasePath) => new()
    {
        ["Discord:Token"] = "test-token-not-secret",
        ["Database:Path"] = databasePath,
        ["Backups:Directory"] = Path.Combine(Path.GetDirectoryName(databasePath) ?? ".", "backups"),
        ["Docker:Discovery:Mode"] = "Label",
        ["Docker:Discovery:Label"] = sandbox.Label,
        ["Docker:Engines:0:Name"] = "local",
        ["Docker:Engines:0:Endpoint"] = TestEngines.Primary.ToString(),
        ["Permissions:Admins:0"] = AdminId.ToString(CultureInfo.InvariantCulture),

        // Resource sampling (stats calls on every running container) only where a test is about it (ResourceHistoryTests):
        // dozens of bots sampling at once load the shared engines and slow the event streams other tests wait on.
        ["Metrics:Enabled"] = "false",

        // Per test, beside the database: never the shared ./latest.log.
        ["Logging:File:Path"] = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath)) ?? Path.GetTempPath(), "logs", "latest.log"),
    };

    public static async Task<TestApp> StartAsync(DockerSandbox sandbox, Action<Dictionary<string, string?>>? configure = null, Action<IServiceCollection>? services = null)
    {
        var directory = Directory.CreateTempSubdirectory("serverstatus-test-");
        var settings = Settings(sandbox, Path.Combine(directory.FullName, "serverstatus.db"));
        configure?.Invoke(settings);
        var (host, logs) = Build(settings, services);
        var problems = await host.Services.GetRequiredService<StartupChecks>().RunAsync(CancellationToken.None);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The bot under test did not start: " + string.Join(" ", problems));
        }

        return new TestApp(host, directory, logs);
    }

    public static (IHost Host, CapturedLogs Logs) Build(IDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        var logs = new CapturedLogs();
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddProvider(logs);
        builder.Services.AddServerStatus();
        services?.Invoke(builder.Services);
        return (builder.Build(), logs);
    }

    public Task<TResponse> SendAsync<TResponse>(Actor actor, IQuery<TResponse> query) =>
        Sender.SendAsync(actor, query);

    public Task<TResponse> SendAsync<TResponse>(Actor actor, ICommand<TResponse> command, CancellationToken ct = default) =>
        Sender.SendAsync(actor, command, ct);

    public Task GrantAsync(Subject subject, Permission permission, string scope) =>
        new TestGrants(_host.Services).GrantAsync(subject, permission, scope);

    public static Actor User(ulong id, params ulong[] roles) => Actor.InGuild(id, roles, guildId: 1, channelId: 2);

    public static Actor Admin => User(AdminId);

    public async ValueTask DisposeAsync()
    {
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
        await Task.CompletedTask;
    }
}
