using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>Start-up refuses bad configuration with one sentence per problem, saying what to set.</summary>
public sealed class StartupChecksTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("serverstatus-start-");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    [Fact]
    public async Task NamesTheSetting_WhenTheDiscordTokenIsMissing()
    {
        var problems = await RunChecksAsync(s => s.Remove("Discord:Token"));

        problems.ShouldBe(["Discord:Token is missing: set the Discord__Token environment variable or Discord:Token in appsettings.json (with dotnet run, also `dotnet user-secrets set Discord:Token <token>`)."]);
    }

    [Fact]
    public async Task NamesTheSetting_WhenTheDatabasePathCannotBeWritten()
    {
        var blocker = Path.Combine(_directory.FullName, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder");

        var problems = await RunChecksAsync(s => s["Database:Path"] = Path.Combine(blocker, "db.sqlite"));

        problems.ShouldHaveSingleItem().ShouldStartWith($"Cannot open the database at {blocker}/db.sqlite");
        problems[0].ShouldEndWith("set Database:Path to a writable file location.");
    }

    [Fact]
    public async Task NamesTheEngine_WhenDockerIsUnreachable()
    {
        var socket = Path.Combine(_directory.FullName, "docker.sock");

        var problems = await RunChecksAsync(s => s["Docker:Engines:0:Endpoint"] = $"unix://{socket}");

        problems.ShouldBe([$"Docker engine `local` is not reachable at unix://{socket} (nothing listens there): start Docker or fix Docker:Engines."]);
    }

    [Fact]
    public async Task Passes_WhenEverythingIsInPlace()
    {
        await TestEngines.EnsureReadyAsync(TestEngines.Primary);

        var problems = await RunChecksAsync(_ => { });

        problems.ShouldBeEmpty();
    }

    private async Task<IReadOnlyList<string>> RunChecksAsync(Action<Dictionary<string, string?>> change)
    {
        var settings = TestApp.Settings(new DockerSandbox(), Path.Combine(_directory.FullName, "data", "serverstatus.db"));
        change(settings);
        var (host, _) = TestApp.Build(settings);
        using (host)
        {
            return await host.Services.GetRequiredService<StartupChecks>().RunAsync(CancellationToken.None);
        }
    }
}
