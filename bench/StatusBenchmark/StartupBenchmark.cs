using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ServerStatus.IntegrationTests.Fixtures;
using ServerStatus.IntegrationTests.Support;
using ServerStatus.TestSupport;

namespace ServerStatus.StatusBenchmark;

/// <summary>
/// The bot's start-up and memory as deployed: the given bot (the published executable, or an assembly run with
/// <c>dotnet</c>) runs as its own process with only the settings a deployment needs (defaults for everything else:
/// dashboard on, metrics on, SQLite), against the fake Discord and the real engine. One warm-up start creates the
/// database; then every measured start is a service restart on that data: process start → gateway Identify, → READY
/// handled (the bot's own "Ready … after the process started" line, with its assembly count), resident memory sampled
/// every second for <see cref="IdleSeconds"/> after READY (the last sample is "idle"), its split into file-backed
/// (code) and anonymous memory, and the memory after 100 <c>status</c> and 20 cards.
/// </summary>
internal static partial class StartupBenchmark
{
    private const int IdleSeconds = 10;
    private const double IdentifyGoalMs = 1500;
    private const double ReadyGoalMs = 2000;
    private const double IdleGoalMiB = 100;
    private const double BusyGoalMiB = 120;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task<bool> RunAsync(string label, string cardServer, int starts, string? bot)
    {
        await using var discord = await FakeDiscordServer.StartAsync();
        var work = Directory.CreateTempSubdirectory("serverstatus-startup-");
        try
        {
            await StartOnceAsync(discord, work.FullName, label, cardServer, bot, commands: false);
            var runs = new List<Start>();
            for (var i = 0; i < starts; i++)
            {
                runs.Add(await StartOnceAsync(discord, work.FullName, label, cardServer, bot, commands: i == starts - 1));
            }

            return Report(runs, bot);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
    }

    private static async Task<Start> StartOnceAsync(FakeDiscordServer discord, string work, string label, string cardServer, string? bot, bool commands)
    {
        var identifiedBefore = discord.Gateway.FramesWithOp(2).Count;
        var startedAt = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        using var process = TimedOutput.Start(StartInfo(discord, work, label, bot));
        try
        {
            await Eventually.HoldsAsync(() => process.Process.HasExited || process.Saw("after the process started"), "the bot is ready", Patience,
                () => process.Output);
            if (process.Process.HasExited)
            {
                throw new InvalidOperationException("The bot stopped: " + process.Output);
            }

            var identify = (discord.Gateway.FramesWithOp(2).Skip(identifiedBefore).First().ReceivedAt - startedAt).TotalMilliseconds;
            var readyLine = process.Lines.First(l => l.Contains("after the process started", StringComparison.Ordinal));
            var ready = ReadyLine().Match(readyLine);
            var samples = new List<double>();
            for (var i = 0; i < IdleSeconds; i++)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
                samples.Add(Memory.Of(process.Process.Id).ResidentMiB);
            }

            var idle = Memory.Of(process.Process.Id);
            WriteMappedAssemblies(process.Process.Id);
            if (Environment.GetEnvironmentVariable("BENCH_TIMELINE") == "1")
            {
                Console.WriteLine(string.Join('\n', process.Timeline(started)));
            }

            var busy = commands ? await AfterCommandsAsync(discord, cardServer, process.Process.Id) : (Memory?)null;
            return new Start(
                identify,
                double.Parse(ready.Groups["ms"].Value, CultureInfo.InvariantCulture),
                int.Parse(ready.Groups["assemblies"].Value, CultureInfo.InvariantCulture),
                idle,
                samples.Max(),
                busy,
                Stopwatch.GetElapsedTime(started));
        }
        finally
        {
            process.Process.Kill(entireProcessTree: true);
            await process.Process.WaitForExitAsync();
        }
    }

    private static async Task<Memory> AfterCommandsAsync(FakeDiscordServer discord, string cardServer, int pid)
    {
        for (var i = 0; i < 100; i++)
        {
            await discord.WaitForReplyAsync(await discord.SayAsync(TestApp.AdminId, "$status"), Patience);
        }

        for (var i = 0; i < 20; i++)
        {
            await discord.WaitForReplyAsync(await discord.SayAsync(TestApp.AdminId, "$status " + cardServer), Patience);
        }

        return Memory.Of(pid);
    }

    private static ProcessStartInfo StartInfo(FakeDiscordServer discord, string work, string label, string? bot)
    {
        var start = bot is not null && !bot.EndsWith(".dll", StringComparison.Ordinal)
            ? new ProcessStartInfo(Path.GetFullPath(bot))
            : new ProcessStartInfo("dotnet") { ArgumentList = { bot is null ? Path.Combine(AppContext.BaseDirectory, "ServerStatus.Presentation.Discord.dll") : Path.GetFullPath(bot) } };
        start.WorkingDirectory = work;
        var settings = new Dictionary<string, string>
        {
            ["Discord__Token"] = discord.Rest.Token,
            ["Discord__ApiBaseUrl"] = discord.Rest.BaseUrl.ToString(),
            ["Discord__GuildId"] = FakeDiscordServer.GuildId.ToString(CultureInfo.InvariantCulture),
            ["Permissions__Admins__0"] = TestApp.AdminId.ToString(CultureInfo.InvariantCulture),
            ["Urls"] = "http://127.0.0.1:0",
            ["DataDirectory"] = work,
            ["Docker__Engines__0__Name"] = "local",
            ["Docker__Engines__0__Endpoint"] = TestEngines.Primary.ToString(),
            ["Docker__Discovery__Mode"] = "Label",
            ["Docker__Discovery__Label"] = label,
            ["Logging__File__Path"] = Path.Combine(work, "logs", "latest.log"),
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        // A lever under trial (BENCH_DOTNET_GCgen0size=...) reaches the bot as its runtime setting.
        foreach (var (key, value) in Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .Where(e => e.Key is string k && k.StartsWith("BENCH_DOTNET_", StringComparison.Ordinal)))
        {
            start.Environment[((string)key)["BENCH_".Length..]] = (string?)value;
        }

        return start;
    }

    private static bool Report(List<Start> runs, string? bot)
    {
        var identify = Measurement.Of(runs.Select(r => r.IdentifyMs));
        var ready = Measurement.Of(runs.Select(r => r.ReadyMs));
        var idle = Measurement.Of(runs.Select(r => r.Idle.ResidentMiB));
        var busy = runs.Last().Busy!.Value;
        var rows = new List<(string Measure, string Goal, string Result, bool Met)>
        {
            ("start → gateway Identify", $"< {IdentifyGoalMs:0} ms", $"{identify.Median:0} ms median, {identify.P95:0} ms p95", identify.Median < IdentifyGoalMs),
            ("start → READY handled", $"< {ReadyGoalMs:0} ms", $"{ready.Median:0} ms median, {ready.P95:0} ms p95", ready.Median < ReadyGoalMs),
            ("idle RSS after READY", $"< {IdleGoalMiB:0} MiB", $"{idle.Median:0.0} MiB median ({runs.Min(r => r.Idle.ResidentMiB):0.0}–{runs.Max(r => r.Idle.ResidentMiB):0.0}); peak while idle {runs.Max(r => r.IdlePeakMiB):0.0}", idle.Median < IdleGoalMiB),
            ("  of it mapped files / JIT-compiled code / anonymous (GC heap, native)", "—", $"{runs.Average(r => r.Idle.FileMiB):0.0} / {runs.Average(r => r.Idle.SharedMiB):0.0} / {runs.Average(r => r.Idle.AnonymousMiB):0.0} MiB", true),
            ("assemblies loaded at READY", "—", $"{runs.Average(r => r.Assemblies):0}", true),
            ("RSS after 100 status + 20 cards", $"< {BusyGoalMiB:0} MiB", $"{busy.ResidentMiB:0.0} MiB", busy.ResidentMiB < BusyGoalMiB),
        };
        var table = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Start-up and memory, {runs.Count} restarts of `{bot ?? "the Release build (dotnet)"}` on {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC")
            .AppendLine()
            .AppendLine("| measure | goal | measured | met |")
            .AppendLine("|---|---|---|---|");
        foreach (var row in rows)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| {row.Measure} | {row.Goal} | {row.Result} | {(row.Goal == "—" ? "" : row.Met ? "yes" : "no")} |");
        }

        Console.WriteLine(table.ToString());
        Directory.CreateDirectory(Path.Combine("artifacts", "bench"));
        File.WriteAllText(Path.Combine("artifacts", "bench", "startup.md"), table.ToString());
        return rows.All(r => r.Met);
    }

    // Which files the resident memory maps, largest first, and (run from separate files, a Release build rather than the
    // single-file executable) which assemblies a start-up loaded: what the levers act on.
    private static void WriteMappedAssemblies(int pid)
    {
        var residentByFile = new Dictionary<string, long>(StringComparer.Ordinal);
        var current = "[anonymous]";
        foreach (var line in File.ReadLines($"/proc/{pid}/smaps"))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 5 && fields[0].Contains('-', StringComparison.Ordinal))
            {
                current = fields.Length >= 6 ? fields[5] : "[anonymous]";
            }
            else if (fields is ["Rss:", var kib, "kB"])
            {
                residentByFile[current] = residentByFile.GetValueOrDefault(current) + long.Parse(kib, CultureInfo.InvariantCulture);
            }
        }

        Directory.CreateDirectory(Path.Combine("artifacts", "bench"));
        File.WriteAllLines(Path.Combine("artifacts", "bench", "startup-resident-by-file.txt"),
            residentByFile.OrderByDescending(f => f.Value).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Value,8} KiB  {f.Key}")));
        var assemblies = residentByFile.Keys.Where(path => path.EndsWith(".dll", StringComparison.Ordinal)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        if (assemblies.Count > 0)
        {
            File.WriteAllLines(Path.Combine("artifacts", "bench", "startup-assemblies.txt"), assemblies!);
        }
    }

    [GeneratedRegex(@"Ready (?<ms>[0-9]+) ms after the process started, with (?<assemblies>[0-9]+) assemblies")]
    private static partial Regex ReadyLine();

    private sealed record Start(double IdentifyMs, double ReadyMs, int Assemblies, Memory Idle, double IdlePeakMiB, Memory? Busy, TimeSpan Took);

    /// <summary>
    /// A process's resident memory and its split, from <c>/proc/&lt;pid&gt;/status</c>: mapped files (assemblies, native
    /// libraries), shared memory (the runtime's double-mapped JIT code heap) and anonymous memory (GC heap, native heaps).
    /// </summary>
    private readonly record struct Memory(double ResidentMiB, double FileMiB, double SharedMiB, double AnonymousMiB)
    {
        public static Memory Of(int pid)
        {
            var fields = File.ReadLines($"/proc/{pid}/status")
                .Select(l => l.Split(':', 2))
                .Where(p => p.Length == 2 && p[0] is "VmRSS" or "RssFile" or "RssShmem" or "RssAnon")
                .ToDictionary(p => p[0], p => double.Parse(p[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024);
            return new Memory(fields["VmRSS"], fields["RssFile"], fields["RssShmem"], fields["RssAnon"]);
        }
    }
}
