using System.Globalization;
using ServerStatus.IntegrationTests.Fixtures;
using static System.FormattableString;

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
internal static class StartupBenchmark
{
    private const int IdleSeconds = 10;
    private const double IdentifyGoalMs = 1500;
    private const double ReadyGoalMs = 2000;
    private const double IdleGoalMiB = 100;
    private const double BusyGoalMiB = 120;

    public static async Task<bool> RunAsync(BotLaunch launch, string cardServer, int starts)
    {
        await using var discord = await FakeDiscordServer.StartAsync();
        var work = Directory.CreateTempSubdirectory("serverstatus-startup-");
        try
        {
            await StartOnceAsync(discord, work.FullName, launch, cardServer, commands: false);
            var runs = new List<Start>();
            for (var i = 0; i < starts; i++)
            {
                runs.Add(await StartOnceAsync(discord, work.FullName, launch, cardServer, commands: i == starts - 1));
            }

            return Report(runs, launch);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<Start> StartOnceAsync(FakeDiscordServer discord, string work, BotLaunch launch, string cardServer, bool commands)
    {
        var identifiedBefore = discord.Gateway.FramesWithOp(2).Count;
        await using var bot = await BenchBot.StartAsync(launch, discord, work);
        var identify = (discord.Gateway.FramesWithOp(2).Skip(identifiedBefore).First().ReceivedAt - bot.StartedAt).TotalMilliseconds;
        var samples = new List<double>();
        for (var i = 0; i < IdleSeconds; i++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            samples.Add(bot.Memory().ResidentMiB);
        }

        var idle = bot.Memory();
        WriteMappedAssemblies(bot.Pid);
        if (Environment.GetEnvironmentVariable("BENCH_TIMELINE") == "1")
        {
            Console.WriteLine(string.Join('\n', bot.Output.Timeline(bot.Started)));
        }

        Console.WriteLine(Invariant($"start: Identify {identify:0} ms, READY {bot.ReadyMs:0} ms, idle {idle.ResidentMiB:0.0} MiB ({DateTime.UtcNow:HH:mm:ss} UTC)"));
        var busy = commands ? await AfterCommandsAsync(discord, cardServer, bot) : (ProcessMemory?)null;
        return new Start(identify, bot.ReadyMs, bot.Assemblies, idle, samples.Max(), busy);
    }

    private static async Task<ProcessMemory> AfterCommandsAsync(FakeDiscordServer discord, string cardServer, BenchBot bot)
    {
        for (var i = 0; i < 100; i++)
        {
            await discord.WaitForReplyAsync(await discord.SayAsync(TestApp.AdminId, "$status"), BenchBot.Patience);
        }

        for (var i = 0; i < 20; i++)
        {
            await discord.WaitForReplyAsync(await discord.SayAsync(TestApp.AdminId, "$status " + cardServer), BenchBot.Patience);
        }

        return bot.Memory();
    }

    private static bool Report(List<Start> runs, BotLaunch launch)
    {
        var identify = Measurement.Of(runs.Select(r => r.IdentifyMs));
        var ready = Measurement.Of(runs.Select(r => r.ReadyMs));
        var idle = Measurement.Of(runs.Select(r => r.Idle.ResidentMiB));
        var busy = runs[^1].Busy!.Value;
        return new BenchTable("startup", $"Start-up and memory: {runs.Count} restarts of `{launch.Describe}`")
            .Goal("start → gateway Identify", $"< {IdentifyGoalMs:0} ms", identify.Text(format: "0"), identify.Median < IdentifyGoalMs)
            .Goal("start → READY handled", $"< {ReadyGoalMs:0} ms", ready.Text(format: "0"), ready.Median < ReadyGoalMs)
            .Goal("idle RSS after READY", $"< {IdleGoalMiB:0} MiB",
                Invariant($"{idle.Median:0.0} MiB median ({runs.Min(r => r.Idle.ResidentMiB):0.0}–{runs.Max(r => r.Idle.ResidentMiB):0.0}); peak while idle {runs.Max(r => r.IdlePeakMiB):0.0}"),
                idle.Median < IdleGoalMiB)
            .Info("  of it mapped files / JIT-compiled code / anonymous (GC heap, native)",
                Invariant($"{runs.Average(r => r.Idle.FileMiB):0.0} / {runs.Average(r => r.Idle.SharedMiB):0.0} / {runs.Average(r => r.Idle.AnonymousMiB):0.0} MiB"))
            .Info("assemblies loaded at READY", Invariant($"{runs.Average(r => r.Assemblies):0}"))
            .Goal("RSS after 100 status + 20 cards", $"< {BusyGoalMiB:0} MiB", Invariant($"{busy.ResidentMiB:0.0} MiB"), busy.ResidentMiB < BusyGoalMiB)
            .Write();
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

    private sealed record Start(double IdentifyMs, double ReadyMs, int Assemblies, ProcessMemory Idle, double IdlePeakMiB, ProcessMemory? Busy);
}
