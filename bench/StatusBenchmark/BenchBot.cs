using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ServerStatus.IntegrationTests.Fixtures;
using ServerStatus.TestSupport;

namespace ServerStatus.StatusBenchmark;

/// <summary>
/// The bot as deployed, in a process of its own: the given executable (or an assembly run with <c>dotnet</c>) with only
/// the settings a deployment needs (defaults for everything else: dashboard on, metrics on, SQLite), the runtime settings
/// of the deployment files passed through (<c>BENCH_DOTNET_*</c> reaches it as <c>DOTNET_*</c>, <c>BENCH_MALLOC_*</c>
/// as <c>MALLOC_*</c>), against the fake Discord and the real engines. Started, it is READY: the bot's own "Ready …
/// after the process started" line has been seen.
/// </summary>
internal sealed partial class BenchBot : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private BenchBot(TimedOutput output, long started, DateTimeOffset startedAt)
    {
        (Output, Started, StartedAt) = (output, started, startedAt);
    }

    /// <summary>Its standard output and error, line by line with arrival times.</summary>
    public TimedOutput Output { get; }

    public int Pid => Output.Process.Id;

    /// <summary>The <see cref="Stopwatch"/> timestamp just before the process was started.</summary>
    public long Started { get; }

    public DateTimeOffset StartedAt { get; }

    /// <summary>Milliseconds from the process's start to READY handled, as the bot itself logs them.</summary>
    public double ReadyMs { get; private set; }

    /// <summary>Assemblies loaded at READY, as the bot logs them.</summary>
    public int Assemblies { get; private set; }

    /// <summary>Starts the bot in <paramref name="work"/> (its data directory) and waits for READY; throws with its output when it stops instead.</summary>
    public static async Task<BenchBot> StartAsync(BotLaunch launch, FakeDiscordServer discord, string work)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        var bot = new BenchBot(TimedOutput.Start(StartInfo(launch, discord, work)), started, startedAt);
        try
        {
            await bot.WaitForReadyAsync();
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    /// <summary>Its resident memory now; throws with its last lines when it has stopped.</summary>
    public ProcessMemory Memory() => Output.Process.HasExited
        ? throw new InvalidOperationException($"The bot stopped (exit code {Output.Process.ExitCode}); its last lines:\n" + string.Join('\n', Output.Lines.TakeLast(40)))
        : ProcessMemory.Of(Pid);

    /// <summary>
    /// The times the bot logged for handling <paramref name="request"/> successfully (its audit line "… by …: Ok in N ms"),
    /// oldest first: the part of an answer spent in its mediator pipeline, the rest being Discord in and out.
    /// </summary>
    public IReadOnlyList<double> HandledMs(string request) =>
        [.. Output.Lines.Select(line => Handled().Match(line))
            .Where(m => m.Success && m.Groups["request"].Value == request)
            .Select(m => double.Parse(m.Groups["ms"].Value, CultureInfo.InvariantCulture))];

    public async ValueTask DisposeAsync()
    {
        // Stopped like a service manager stops it: SIGTERM, and SIGKILL only when it has not stopped in time.
        if (!Output.Process.HasExited)
        {
            using (var terminate = Process.Start("kill", ["-TERM", Pid.ToString(CultureInfo.InvariantCulture)]))
            {
                await terminate.WaitForExitAsync();
            }

            using var grace = new CancellationTokenSource(StopGrace);
            try
            {
                await Output.Process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                // Kill below.
            }
        }

        if (!Output.Process.HasExited)
        {
            Output.Process.Kill(entireProcessTree: true);
        }

        await Output.Process.WaitForExitAsync();
        Output.Dispose();
    }

    private async Task WaitForReadyAsync()
    {
        const string ReadyText = "after the process started";
        await Eventually.HoldsAsync(() => Output.Process.HasExited || Output.Saw(ReadyText), "the bot is ready", Patience, () => Output.Output);
        if (Output.Process.HasExited)
        {
            throw new InvalidOperationException("The bot stopped: " + Output.Output);
        }

        var ready = ReadyLine().Match(Output.Lines.First(l => l.Contains(ReadyText, StringComparison.Ordinal)));
        ReadyMs = double.Parse(ready.Groups["ms"].Value, CultureInfo.InvariantCulture);
        Assemblies = int.Parse(ready.Groups["assemblies"].Value, CultureInfo.InvariantCulture);
    }

    private static ProcessStartInfo StartInfo(BotLaunch launch, FakeDiscordServer discord, string work)
    {
        var start = launch.Bot is not null && !launch.Bot.EndsWith(".dll", StringComparison.Ordinal)
            ? new ProcessStartInfo(Path.GetFullPath(launch.Bot))
            : new ProcessStartInfo("dotnet") { ArgumentList = { launch.Bot is null ? Path.Combine(AppContext.BaseDirectory, "ServerStatus.Presentation.Discord.dll") : Path.GetFullPath(launch.Bot) } };
        start.WorkingDirectory = work;
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Discord__Token"] = discord.Rest.Token,
            ["Discord__ApiBaseUrl"] = discord.Rest.BaseUrl.ToString(),
            ["Discord__GuildId"] = FakeDiscordServer.GuildId.ToString(CultureInfo.InvariantCulture),
            ["Permissions__Admins__0"] = TestApp.AdminId.ToString(CultureInfo.InvariantCulture),
            ["Urls"] = "http://127.0.0.1:0",
            ["DataDirectory"] = work,
            ["Docker__Discovery__Mode"] = "Label",
            ["Docker__Discovery__Label"] = launch.Label,
            ["Logging__File__Path"] = Path.Combine(work, "logs", "latest.log"),
        };
        for (var i = 0; i < launch.Engines.Count; i++)
        {
            settings[$"Docker__Engines__{i}__Name"] = BotLaunch.EngineNames[i];
            settings[$"Docker__Engines__{i}__Endpoint"] = launch.Engines[i].ToString();
        }

        foreach (var (key, value) in settings.Concat(launch.Settings ?? new Dictionary<string, string>()))
        {
            start.Environment[key] = value;
        }

        // The deployment's runtime settings, or a lever under trial (BENCH_DOTNET_GCgen0size=..., BENCH_MALLOC_ARENA_MAX=...),
        // reach the bot as its own.
        foreach (var (key, value) in Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .Where(e => e.Key is string k && RuntimeSettingPrefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal))))
        {
            start.Environment[((string)key)["BENCH_".Length..]] = (string?)value;
        }

        return start;
    }

    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(15);

    // The .NET runtime's settings and glibc's malloc tunables, as the deployment files set them.
    private static readonly string[] RuntimeSettingPrefixes = ["BENCH_DOTNET_", "BENCH_MALLOC_"];

    [GeneratedRegex(@"Ready (?<ms>[0-9]+) ms after the process started, with (?<assemblies>[0-9]+) assemblies")]
    private static partial Regex ReadyLine();

    [GeneratedRegex(@"\b(?<request>\w+) by .+: Ok in (?<ms>[0-9]+(\.[0-9]+)?) ms")]
    private static partial Regex Handled();
}
