using ServerStatus.IntegrationTests.Fixtures;
using static System.FormattableString;

namespace ServerStatus.StatusBenchmark;

/// <summary>
/// Backups through Discord on the bot's own process, restarted once after the start that created its database (as a
/// service restarts on existing data; that first start keeps more memory): the server's volume is filled with mixed
/// data (half random, a quarter text, a quarter zeros) to each size in turn; each round injects <c>$backup
/// &lt;server&gt; &lt;name&gt;</c> and times it to the reply saying it is done (the final edit of the progress message,
/// or the reply itself when no progress was shown), while the bot's RSS is read every 100 ms (peak) and once more
/// <see cref="AfterBackup"/> later (idle again); then <c>docker cp &lt;c&gt;:/data - | zstd -1 -q &gt; file</c> on the
/// same data: rounds interleaved. Each round's archive is deleted after it, so the disk never holds more than one.
/// </summary>
internal static class BackupBenchmark
{
    private const double RatioGoal = 0.8;
    private const double PeakGoalMiB = 150;
    private const double FlatToleranceMiB = 10;
    private const int WarmUps = 1;

    private static readonly TimeSpan SampleEvery = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan AfterBackup = TimeSpan.FromSeconds(3);

    public static async Task<bool> RunAsync(BotLaunch launch, string server, IReadOnlyList<int> sizesMiB, int rounds)
    {
        var work = Directory.CreateTempSubdirectory("serverstatus-backup-");
        var backups = Path.Combine(work.FullName, "backups");
        var cliArchive = Path.Combine(work.FullName, "cli.tar.zst");
        launch = launch with { Settings = new Dictionary<string, string>(StringComparer.Ordinal) { ["Backups__Directory"] = backups } };
        await using var discord = await FakeDiscordServer.StartAsync();
        try
        {
            // The first start creates the database (migrations) and keeps ~20 MiB that a service start on existing
            // data does not (174 vs 152 MiB idle here): the measured bot is a restart, as a deployed bot usually is.
            Console.WriteLine("starting the bot once to create its database, then again (a service restart) to measure");
            await (await BenchBot.StartAsync(launch, discord, work.FullName)).DisposeAsync();
            await using var bot = await BenchBot.StartAsync(launch, discord, work.FullName);
            await Task.Delay(AfterBackup); // settled after READY, as the "after" readings are after a backup
            var idleBefore = bot.Memory().ResidentMiB;
            var table = new BenchTable("backup", Invariant($"Backup through Discord vs `docker cp | zstd -1`: {string.Join(" and ", sizesMiB.Order().Select(m => $"{m} MiB"))} of mixed data, {rounds} interleaved rounds after {WarmUps} warm-up each, on a bot restarted once after the start that created its database"))
                .Info("RSS idle after READY (a restart), before any backup", Invariant($"{idleBefore:0.0} MiB"));
            var peaks = new List<double>();
            var backupsMade = 0;
            double? first = null;
            foreach (var mib in sizesMiB.Order())
            {
                await FillAsync(launch.Engines[0], server, mib);
                var roundPeaks = new List<double>();
                var afters = new List<double>();
                var patience = TimeSpan.FromSeconds(60 + (mib / 10));
                List<Func<Task<double>>> sides =
                [
                    async () =>
                    {
                        var name = Invariant($"bench-{mib}-{backupsMade++}");
                        var done = DiscordTiming.NextAsync(discord, r => DiscordTiming.Shows(r, "Backed up") && DiscordTiming.Shows(r, $"as `{name}`"), patience);
                        using var sampler = RssSampler.Start(bot.Pid, SampleEvery);
                        var (_, sentAt) = await DiscordTiming.SayAsync(discord, $"$backup {server} {name}");
                        var ms = DiscordTiming.Ms(sentAt, await done);
                        roundPeaks.Add(await sampler.StopAsync());
                        first ??= ms;
                        await Task.Delay(AfterBackup);
                        afters.Add(bot.Memory().ResidentMiB);
                        DeleteFiles(backups);
                        return ms;
                    },
                    async () =>
                    {
                        var ms = await InterleavedRounds.TimeAsync(() => DockerCli.PipelineAsync(
                            $"docker -H {launch.Engines[0]} cp {server}:/data - | zstd -1 -q -f -o {cliArchive}"));
                        File.Delete(cliArchive);
                        return ms;
                    },
                ];
                var results = await InterleavedRounds.RunAsync(WarmUps, rounds, sides);
                var (ours, cli) = (results[0], results[1]);
                var ratio = cli.Median / ours.Median;
                var peak = roundPeaks.Max();
                peaks.Add(peak);
                table.Goal(Invariant($"`$backup` → done reply (bot), {mib} MiB"), $"≥ {RatioGoal:0.0}× the CLI's throughput",
                        Invariant($"{Rate(mib, ours.Median)} ({Seconds(ours)}); **{ratio:0.00}×**"), ratio >= RatioGoal)
                    .Info(Invariant($"`docker cp | zstd -1 -q > file`, {mib} MiB"), Invariant($"{Rate(mib, cli.Median)} ({Seconds(cli)})"))
                    .Goal(Invariant($"bot RSS peak during the backups, {mib} MiB (every 100 ms)"), $"< {PeakGoalMiB:0} MiB",
                        Invariant($"{peak:0.0} MiB (median of the rounds' peaks {Measurement.Of(roundPeaks).Median:0.0})"), peak < PeakGoalMiB)
                    .Info(Invariant($"bot RSS {AfterBackup.TotalSeconds:0} s after each backup, {mib} MiB"), Invariant($"{Measurement.Of(afters).Median:0.0} MiB median"));
            }

            table.Info("first backup after start (warm-up, not counted)", Invariant($"{first / 1000:0.00} s at {sizesMiB.Min()} MiB"));
            if (peaks.Count > 1)
            {
                table.Goal(Invariant($"RSS peak flat in the data size: {sizesMiB.Max()} MiB vs {sizesMiB.Min()} MiB"), $"≤ +{FlatToleranceMiB:0} MiB",
                    Invariant($"{peaks[^1] - peaks[0]:+0.0;-0.0} MiB"), peaks[^1] - peaks[0] <= FlatToleranceMiB);
            }

            return table.Write();
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Fills (or grows) the server's <c>/data</c> to <paramref name="mib"/> MiB: half random, a quarter text, a quarter zeros.</summary>
    private static async Task FillAsync(Uri engine, string server, int mib)
    {
        Console.WriteLine(Invariant($"filling /data of {server} with {mib} MiB of mixed data"));
        var (half, quarter) = (mib / 2, mib / 4);
        await DockerCli.OnAsync(engine, "exec", server, "sh", "-c", Invariant($"""
            mkdir -p /data/random /data/text /data/zeros
            for i in $(seq 1 {half}); do [ -f /data/random/r$i ] || dd if=/dev/urandom of=/data/random/r$i bs=1M count=1 2>/dev/null; done
            yes 'level=42 player=Steve x=123.5 y=64 z=-87.25 saved chunk region' | head -c {quarter * 1024 * 1024} > /data/text/log.txt
            dd if=/dev/zero of=/data/zeros/z bs=1M count={quarter} 2>/dev/null
            """));
    }

    private static string Rate(int mib, double ms) => Invariant($"{mib * 1.048576 / (ms / 1000):0} MB/s");

    private static string Seconds(Measurement rounds) => Invariant($"{rounds.Median / 1000:0.00} s median, {rounds.P95 / 1000:0.00} s p95");

    private static void DeleteFiles(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            File.Delete(file);
        }
    }
}
