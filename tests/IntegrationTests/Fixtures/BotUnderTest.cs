using System.Globalization;
using DiscordApi.Gateway;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServerStatus.Domain.Permissions;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.IntegrationTests.Fixtures;

/// <summary>
/// The whole bot, started as Program starts it, with its Discord URLs on the fake Discord, a real
/// SQLite file and the real Docker engine; connected and with its slash commands registered.
/// </summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    private readonly DirectoryInfo _directory;

    private BotUnderTest(FakeDiscordServer discord, WebApplication app, CapturedLogs logs, DirectoryInfo directory)
    {
        Discord = discord;
        App = app;
        Logs = logs;
        _directory = directory;
    }

    public FakeDiscordServer Discord { get; }

    public WebApplication App { get; }

    public CapturedLogs Logs { get; }

    /// <summary>The directory of this bot's log files (<c>Logging:File:Path</c> is per test).</summary>
    public string LogDirectory => Path.Combine(_directory.FullName, "logs");

    /// <summary>Where the host listens (its <c>Urls</c> ask for any free port on loopback).</summary>
    public Uri BaseAddress => new(App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.First()
        ?? throw new InvalidOperationException("The host has no server addresses: is it started?"));

    /// <param name="services">Replaces services before the bot's own are registered (its registrations only add what is missing), e.g. the REST client's retry timings.</param>
    public static async Task<BotUnderTest> StartAsync(DockerSandbox sandbox, Action<Dictionary<string, string?>>? configure = null, Action<IServiceCollection>? services = null)
    {
        var discord = await FakeDiscordServer.StartAsync();
        var directory = Directory.CreateTempSubdirectory("serverstatus-bot-");
        var settings = Settings(sandbox, discord, directory.FullName);
        configure?.Invoke(settings);

        var logs = new CapturedLogs();
        var app = Build(settings, logs, services);
        var problems = await BotHost.PrepareAsync(app, CancellationToken.None);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The bot did not start: " + string.Join(" ", problems));
        }

        await app.StartAsync();
        var bot = new BotUnderTest(discord, app, logs, directory);
        await Eventually.HoldsAsync(() => app.Services.GetRequiredService<IDiscordGateway>().State == GatewayState.Connected, "the gateway connects");
        await Eventually.HoldsAsync(() => discord.Rest.RequestsTo("PUT", "applications/{application_id}/guilds/{guild_id}/commands").Count > 0, "slash commands are registered");
        return bot;
    }

    /// <summary>
    /// A bot's settings: <see cref="TestApp.Settings"/> with the database and the log files in <paramref name="directory"/>,
    /// Discord on the fake, the host on a free loopback port.
    /// </summary>
    public static Dictionary<string, string?> Settings(DockerSandbox sandbox, FakeDiscordServer discord, string directory)
    {
        var settings = TestApp.Settings(sandbox, Path.Combine(directory, "serverstatus.db"));
        settings["Discord:Token"] = discord.Rest.Token;
        settings["Discord:ApiBaseUrl"] = discord.Rest.BaseUrl.ToString();
        settings["Discord:GuildId"] = FakeDiscordServer.GuildId.ToString(CultureInfo.InvariantCulture);
        settings["Urls"] = "http://127.0.0.1:0";
        settings["Logging:File:Path"] = Path.Combine(directory, "logs", "latest.log");
        return settings;
    }

    /// <summary>The bot built as <c>Program</c> builds it, on these settings, logging (also) into <paramref name="logs"/>.</summary>
    public static WebApplication Build(IReadOnlyDictionary<string, string?> settings, CapturedLogs logs, Action<IServiceCollection>? services = null) =>
        BotHost.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
            services?.Invoke(builder.Services);
        });

    public async Task GrantAsync(Subject subject, Permission permission, string scope)
    {
        var grants = new TestGrants(App.Services);
        await grants.GrantAsync(subject, permission, scope);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Discord.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var leaked = TokenLeaks();
        _directory.Delete(recursive: true);
        if (leaked.Count > 0)
        {
            throw new InvalidOperationException("The Discord token was written to the log file(s) " + string.Join(", ", leaked) + ".");
        }
    }

    /// <summary>Every bot of every test checks its own log files: the token must appear in none.</summary>
    private List<string> TokenLeaks()
    {
        var logs = new DirectoryInfo(LogDirectory);
        return logs.Exists
            ? [.. logs.EnumerateFiles("*", SearchOption.AllDirectories).Where(f => File.ReadAllText(f.FullName).Contains(Discord.Rest.Token, StringComparison.Ordinal)).Select(f => f.Name)]
            : [];
    }
}
