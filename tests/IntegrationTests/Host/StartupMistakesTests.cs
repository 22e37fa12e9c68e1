using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;
using Xunit.Abstractions;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>
/// Every start-up mistake a user made (issue #14), made to the real bot: the built host run as <c>dotnet
/// ServerStatus.Presentation.Discord.dll</c> in an empty working directory, configured by environment variables, against
/// the fake Discord and the real Docker engine. Each stops with exit code 1 (2 when Discord refuses the token), one line
/// on stderr naming the setting to change, and no stack trace anywhere.
/// </summary>
public sealed class StartupMistakesTests(StartupMistakesTests.Setup setup, ITestOutputHelper output) : IClassFixture<StartupMistakesTests.Setup>, IDisposable
{
    private const string WrongToken = "MTIz.not-the-token.the-fake-accepts";

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("serverstatus-mistake-");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _work.Delete(recursive: true);
    }

    [Theory]
    [InlineData("no token", 1, "Discord:Token", "is missing")]
    [InlineData("a wrong token", 2, "Discord:Token", "rejected the bot token")]
    [InlineData("the token with its Bot prefix", 1, "Discord:Token", "starts with \"Bot \"")]
    [InlineData("SQL Server without a connection string", 1, "ConnectionStrings:ServerStatus", "is not set")]
    [InlineData("SQL Server unreachable", 1, "ConnectionStrings:ServerStatus", "Cannot reach SQL Server 127.0.0.1")]
    [InlineData("a word where a number goes", 1, "Bot:ConfirmationSeconds", "not \"abc\"")]
    [InlineData("an enum typo", 1, "Docker:Discovery:Mode", "not \"Labels\"")]
    [InlineData("the listener's port in use", 1, "Urls", "already listens there")]
    [InlineData("an empty dashboard token", 1, "Dashboard:Token", "at least 16 characters")]
    [InlineData("an admin's name, not a user id", 1, "Permissions:Admins:0", "not \"alice\"")]
    [InlineData("a Discord base URL without its trailing slash", 2, "Discord:Token", "rejected the bot token")]
    [InlineData("the token in user secrets under dotnet run", 2, "Discord:Token", "rejected the bot token")]
    [InlineData("the token in appsettings.json beside the program, started elsewhere", 2, "Discord:Token", "rejected the bot token")]
    [InlineData("the working directory's appsettings.json wins over the program's", 1, "Discord:Token", "starts with \"Bot \"")]
    [InlineData("an unreachable Docker engine", 1, "Docker:Engines", "nothing listens there")]
    [InlineData("an unwritable database location", 1, "Database:Path", "Cannot open the database")]
    [InlineData("a crash-loop threshold out of range", 1, "Alerts:CrashLoopRestarts", "must be between 2 and 1000, not \"0\"")]
    public async Task StopsWithOneSentenceNamingTheSetting(string mistake, int exitCode, string key, string sentence)
    {
        var run = Arrange(mistake);

        var (code, printed, errors) = await RunAsync(run);

        output.WriteLine($"exit code {code}\nstderr:\n{errors}\nstdout:\n{printed}");
        code.ShouldBe(exitCode);
        var line = errors.TrimEnd('\n').Split('\n').ShouldHaveSingleItem();
        line.ShouldContain(key);
        line.ShouldContain(sentence);
        line.ShouldNotContain(setup.Discord.Rest.Token);
        line.ShouldNotContain(WrongToken);
        (printed + errors).ShouldNotContain("   at ");
        (printed + errors).ShouldNotMatch(@"\w+Exception\b"); // an exception's type name
    }

    /// <summary>The settings of a bot that would start, changed to make <paramref name="mistake"/>.</summary>
    private Run Arrange(string mistake)
    {
        var run = new Run(_work.FullName, Settings());
        var settings = run.Settings;
        switch (mistake)
        {
            case "no token":
                settings.Remove("Discord:Token");
                break;
            case "a wrong token":
                settings["Discord:Token"] = WrongToken;
                break;
            case "the token with its Bot prefix":
                settings["Discord:Token"] = "Bot " + setup.Discord.Rest.Token;
                break;
            case "SQL Server without a connection string":
                settings["Database:Provider"] = "SqlServer";
                break;
            case "SQL Server unreachable":
                settings["Database:Provider"] = "SqlServer";
                settings["ConnectionStrings:ServerStatus"] = $"Server=127.0.0.1,{ClosedPort()};Database=ServerStatus;User Id=bot;Password=not-a-secret;Encrypt=false;Connect Timeout=2";
                break;
            case "a word where a number goes":
                settings["Bot:ConfirmationSeconds"] = "abc";
                break;
            case "an enum typo":
                settings["Docker:Discovery:Mode"] = "Labels";
                break;
            case "the listener's port in use":
                settings["Urls"] = $"http://127.0.0.1:{setup.PortInUse}";
                break;
            case "an empty dashboard token":
                settings["Dashboard:Token"] = "";
                break;
            case "an admin's name, not a user id":
                settings["Permissions:Admins:0"] = "alice";
                break;
            case "a Discord base URL without its trailing slash":
                settings["Discord:ApiBaseUrl"] = setup.Discord.Rest.BaseUrl.ToString().TrimEnd('/');
                settings["Discord:Token"] = WrongToken;
                break;
            case "the token in user secrets under dotnet run":
                // What the launch profile of `dotnet run` sets, and where `dotnet user-secrets set` writes.
                settings.Remove("Discord:Token");
                settings["DOTNET_ENVIRONMENT"] = "Development";
                settings["HOME"] = _work.FullName;
                WriteJson(Path.Combine(_work.FullName, ".microsoft", "usersecrets", "serverstatus-bot", "secrets.json"), new { Discord = new { Token = WrongToken } });
                break;
            case "the token in appsettings.json beside the program, started elsewhere":
                settings.Remove("Discord:Token");
                run = run with { Program = setup.ProgramWithSettings };
                break;
            case "the working directory's appsettings.json wins over the program's":
                settings.Remove("Discord:Token");
                run = run with { Program = setup.ProgramWithSettings };
                WriteJson(Path.Combine(_work.FullName, "appsettings.json"), new { Discord = new { Token = "Bot " + WrongToken } });
                break;
            case "an unreachable Docker engine":
                settings["Docker:Engines:0:Endpoint"] = $"unix://{Path.Combine(_work.FullName, "nothing-listens.sock")}";
                break;
            case "an unwritable database location":
                File.WriteAllText(Path.Combine(_work.FullName, "a-file"), "not a folder");
                settings["Database:Path"] = Path.Combine(_work.FullName, "a-file", "serverstatus.db");
                break;
            case "a crash-loop threshold out of range":
                settings["Alerts:CrashLoopRestarts"] = "0";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(mistake), mistake, "no such mistake");
        }

        return run;
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["Discord:Token"] = setup.Discord.Rest.Token,
        ["Discord:ApiBaseUrl"] = setup.Discord.Rest.BaseUrl.ToString(),
        ["Docker:Engines:0:Name"] = "local",
        ["Docker:Engines:0:Endpoint"] = TestEngines.Primary.ToString(),
        ["Docker:Discovery:Mode"] = "Label",
        ["Docker:Discovery:Label"] = $"{TestEngines.SandboxLabel}={Guid.NewGuid():N}",
        ["Permissions:Admins:0"] = TestApp.AdminId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["DataDirectory"] = Path.Combine(_work.FullName, "data"),
        ["Urls"] = "http://127.0.0.1:0",
    };

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(Run run)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { WorkingDirectory = run.WorkingDirectory };
        start.ArgumentList.Add(Path.Combine(run.Program, "ServerStatus.Presentation.Discord.dll"));
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        foreach (var (key, value) in run.Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return await ChildProcess.RunAsync(start, TimeSpan.FromSeconds(60));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void WriteJson(string path, object content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!); // a full path always has a directory
        File.WriteAllText(path, JsonSerializer.Serialize(content));
    }

    /// <summary>One run of the bot: where it starts, the program directory it runs from, its environment.</summary>
    private sealed record Run(string WorkingDirectory, Dictionary<string, string?> Settings)
    {
        public string Program { get; init; } = AppContext.BaseDirectory;
    }

    /// <summary>
    /// The fake Discord; a port something already listens on; and a copy of the program (hard links to this test
    /// project's output, which holds the bot's) whose own appsettings.json holds a token the fake refuses.
    /// </summary>
    public sealed class Setup : IAsyncLifetime
    {
        private readonly TcpListener _portInUse = new(IPAddress.Loopback, 0);

        public FakeDiscordServer Discord { get; private set; } = null!;

        public int PortInUse => ((IPEndPoint)_portInUse.LocalEndpoint).Port;

        public string ProgramWithSettings { get; } =
            Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory))!, $"program-{Guid.NewGuid():N}"); // the output directory has a parent

        public async Task InitializeAsync()
        {
            _portInUse.Start();
            Discord = await FakeDiscordServer.StartAsync();
            await TestEngines.EnsureReadyAsync(TestEngines.Primary);
            var copy = new ProcessStartInfo("cp");
            foreach (var argument in new[] { "-al", Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory), ProgramWithSettings })
            {
                copy.ArgumentList.Add(argument);
            }

            var (exitCode, _, errors) = await ChildProcess.RunAsync(copy, TimeSpan.FromSeconds(60));
            exitCode.ShouldBe(0, errors);

            // A hard link shares its content: the program's appsettings.json is replaced, never written through.
            var settings = Path.Combine(ProgramWithSettings, "appsettings.json");
            var shipped = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(await File.ReadAllTextAsync(settings))!; // the shipped file is a JSON object
            shipped["Discord"] = JsonSerializer.SerializeToElement(new { Token = WrongToken, GatewayCompression = true });
            File.Delete(settings);
            await File.WriteAllTextAsync(settings, JsonSerializer.Serialize(shipped));
        }

        public async Task DisposeAsync()
        {
            _portInUse.Stop();
            _portInUse.Dispose();
            await Discord.DisposeAsync();
            if (Directory.Exists(ProgramWithSettings))
            {
                Directory.Delete(ProgramWithSettings, recursive: true);
            }
        }
    }
}
