using System.Diagnostics;
using System.Globalization;
using System.Text;
using ServerStatus.Application.Graphs;
using ServerStatus.Application.Metrics;
using ServerStatus.Infrastructure.Charts;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;
using ServerStatus.IntegrationTests.Fixtures;
using ServerStatus.IntegrationTests.Support;
using ServerStatus.TestSupport;

namespace ServerStatus.StatusBenchmark;

/// <summary>
/// The status board and the resource history under load: the bot runs as its own process against the fake Discord (with
/// Discord's per-channel limit of 5 message writes per 5 s) and reaches the engine through a counting proxy; one board
/// shows every labelled container. Containers are killed and started again outside the bot at a steady pace, then the bot
/// is left alone for three sampling intervals (sampling only); the board's edits, 429s and bytes per edit, the engine calls
/// per minute and the bot's CPU in both windows are reported, then the chart render times of 1 h, 24 h and 30 d of history.
/// </summary>
internal static class BoardBenchmark
{
    private const ulong BoardChannel = 860_000_000_000_000_001;
    private const string EditRoute = "channels/{channel_id}/messages/{message_id}";
    private const string PostRoute = "channels/{channel_id}/messages";
    private const double CpuGoalPercent = 2;
    private const double RenderGoalMs = 300;
    private const int SampleSeconds = 30;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public static async Task<bool> RunAsync(string label, TimeSpan duration, int changesPerMinute, string? botAssembly)
    {
        var running = (await DockerCli.OutputAsync("ps", "--filter", "label=" + label, "--filter", "status=running", "--format", "{{.Names}}"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal).ToList();
        if (running.Count == 0)
        {
            throw new InvalidOperationException($"No running containers with label {label}.");
        }

        var work = Directory.CreateTempSubdirectory("serverstatus-board-");
        try
        {
            return await RunInAsync(label, running, work.FullName, duration, changesPerMinute, botAssembly);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<bool> RunInAsync(string label, List<string> running, string work, TimeSpan duration, int changesPerMinute, string? botAssembly)
    {
        await using var discord = await FakeDiscordServer.StartAsync();
        discord.Rest.SetRateLimit("PATCH", EditRoute, 5, TimeSpan.FromSeconds(5), "channel-messages");
        discord.Rest.SetRateLimit("POST", PostRoute, 5, TimeSpan.FromSeconds(5), "channel-messages");
        using var proxy = CountingEngineProxy.Start(Path.Combine(work, "engine.sock"), TestEngines.Primary.AbsolutePath);
        using var bot = StartBot(label, discord, proxy, work, botAssembly);
        try
        {
            await Eventually.HoldsAsync(
                () => bot.Process.HasExited || (bot.Saw("Watching the events of") && discord.Gateway.FramesWithOp(2).Count > 0),
                "the bot identifies and watches", Patience, seen: () => bot.Output);
            if (bot.Process.HasExited)
            {
                throw new InvalidOperationException("The bot stopped: " + bot.Output);
            }

            await Task.Delay(TimeSpan.FromSeconds(2)); // its event stream is subscribed a moment after the log line
            var asked = await discord.SayAsync(TestApp.AdminId, string.Create(CultureInfo.InvariantCulture, $"$board create <#{BoardChannel}> *"));
            var created = await discord.WaitForReplyAsync(asked, Patience);
            Console.WriteLine("board create: " + FakeDiscordServer.Text(created).Split('\n')[0]);
            await Eventually.HoldsAsync(() => BoardText(discord).Contains($"{running.Count} running", StringComparison.Ordinal),
                $"the board shows {running.Count} running servers", Patience, seen: () => BoardText(discord));

            var changes = 0;
            var busy = await WindowAsync(bot, proxy, discord, duration, async elapsed =>
            {
                var due = (int)(elapsed.TotalMinutes * changesPerMinute);
                while (changes < due)
                {
                    var name = running[(changes / 2) % running.Count];
                    await DockerCli.OutputAsync(changes % 2 == 0 ? "kill" : "start", name);
                    changes++;
                }
            });

            // Sampling alone, after the changes (the bot warmed up, the board settled): three sampling intervals, no changes.
            var quiet = await WindowAsync(bot, proxy, discord, TimeSpan.FromSeconds(3 * SampleSeconds), _ => Task.CompletedTask);
            var rendering = await RenderTimesAsync();
            return Report(running.Count, quiet, busy, changes, discord, rendering);
        }
        catch (Exception)
        {
            Console.Error.WriteLine("the bot's last lines:\n" + string.Join('\n', bot.Output.Split('\n').TakeLast(40)));
            throw;
        }
        finally
        {
            bot.Process.Kill(entireProcessTree: true);
            await bot.Process.WaitForExitAsync();
        }
    }

    /// <summary>Runs <paramref name="step"/> about once a second for <paramref name="length"/>, measuring the bot meanwhile.</summary>
    private static async Task<Window> WindowAsync(TimedOutput bot, CountingEngineProxy proxy, FakeDiscordServer discord, TimeSpan length, Func<TimeSpan, Task> step)
    {
        bot.Process.Refresh();
        var (cpuBefore, callsBefore, requestsBefore) = (bot.Process.TotalProcessorTime, proxy.Snapshot(), discord.Rest.Requests.Count);
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < length)
        {
            await step(watch.Elapsed);
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        bot.Process.Refresh();
        var cpu = bot.Process.TotalProcessorTime - cpuBefore;
        var wall = watch.Elapsed;
        var calls = proxy.Snapshot().ToDictionary(c => c.Key, c => c.Value - callsBefore.GetValueOrDefault(c.Key), StringComparer.Ordinal);
        return new Window(wall, cpu / wall * 100, calls, [.. discord.Rest.Requests.Skip(requestsBefore)]);
    }

    private static bool Report(int servers, Window quiet, Window busy, int changes, FakeDiscordServer discord, IReadOnlyDictionary<string, Measurement> rendering)
    {
        var channel = BoardChannel.ToString(CultureInfo.InvariantCulture);
        var boardWrites = busy.Requests.Where(r => r.RouteValues.TryGetValue("channel_id", out var c) && c == channel).ToList();
        var edits = boardWrites.Where(r => r.Method == "PATCH" && r.Template == EditRoute && r.ResponseStatus is >= 200 and < 300).ToList();
        var limited = discord.Rest.Requests.Count(r => r.ResponseStatus == 429);
        var bytes = edits.Select(r => (double)Encoding.UTF8.GetByteCount(r.Body)).DefaultIfEmpty(0).ToList();
        Console.WriteLine(Invariant($"board: {servers} servers on one board, {changes} state changes (docker kill / start outside the bot) in {busy.Wall.TotalMinutes:0.0} min"));
        Console.WriteLine(Invariant($"  edits sent {edits.Count} ({edits.Count / busy.Wall.TotalMinutes:0.0}/min), messages posted {boardWrites.Count(r => r.Method == "POST")}, 429s received {limited} (goal 0)"));
        Console.WriteLine(Invariant($"  bytes per edit: mean {bytes.Average():0} B, max {bytes.Max():0} B"));
        foreach (var (name, window) in new[] { ("sampling only", quiet), ("with state changes", busy) })
        {
            var perMinute = window.Calls.Where(c => c.Value > 0).OrderByDescending(c => c.Value)
                .Select(c => Invariant($"{c.Key} {c.Value / window.Wall.TotalMinutes:0.0}"));
            Console.WriteLine(Invariant($"  engine calls per minute, {name} ({window.Wall.TotalSeconds:0} s): {window.Calls.Values.Sum() / window.Wall.TotalMinutes:0.0} ({string.Join(", ", perMinute)})"));
            Console.WriteLine(Invariant($"  bot CPU, {name}: {window.CpuPercent:0.00}% of one core"));
        }

        var stats = quiet.Calls.GetValueOrDefault("stats") / quiet.Wall.TotalMinutes;
        Console.WriteLine(Invariant($"  sampling pace: {stats:0.0} stats calls/min of the {servers * 60.0 / SampleSeconds:0} that one round per {SampleSeconds} s needs (one call in flight per engine)"));
        foreach (var (range, time) in rendering)
        {
            time.Report($"chart render {range}");
        }

        Console.WriteLine(Invariant($"(goals: 0 429s; bot CPU with sampling only < {CpuGoalPercent:0}% of one core; 30d chart < {RenderGoalMs:0} ms)"));
        return limited == 0 && quiet.CpuPercent < CpuGoalPercent && rendering["30d"].Median < RenderGoalMs;
    }

    /// <summary>The renderer on histories as the store reads them: raw samples every 30 s for 48 h, 15-minute roll-ups before that.</summary>
    private static async Task<IReadOnlyDictionary<string, Measurement>> RenderTimesAsync()
    {
        var renderer = new ScottPlotChartRenderer();
        var now = DateTimeOffset.UtcNow;
        var results = new Dictionary<string, Measurement>(StringComparer.Ordinal);
        foreach (var range in new[] { GraphRange.Hour, GraphRange.Day, GraphRange.Month })
        {
            var raw = TimeSpan.FromHours(Math.Min(range.Length.TotalHours, DownsampleMetrics.RawHours));
            var rolled = range.Length - raw;
            var points = MetricWaves.Wave(now - raw, MetricRollup.Bucket, (int)(rolled / MetricRollup.Bucket))
                .Concat(MetricWaves.Wave(now, TimeSpan.FromSeconds(SampleSeconds), (int)(raw / TimeSpan.FromSeconds(SampleSeconds))))
                .ToList();
            var markers = Enumerable.Range(1, 20).Select(i => new ChartMarker(now - (range.Length * i / 21), (MarkerKind)(i % 4), $"event {i}")).ToList();
            var chart = new ChartModel($"mc · last {range.Label} · UTC", now - range.Length, now, [new ChartSeries("mc", points)], markers, "en-US");
            results[range.Label] = await Measurement.OfAsync(10, async () => (await renderer.RenderPngAsync(chart, CancellationToken.None)).Length);
        }

        return results;
    }

    private static string BoardText(FakeDiscordServer discord) =>
        string.Join('\n', discord.Rest.RequestsTo("POST", PostRoute).Concat(discord.Rest.RequestsTo("PATCH", EditRoute))
            .Where(r => r.RouteValues["channel_id"] == BoardChannel.ToString(CultureInfo.InvariantCulture))
            .Select(r => FakeDiscordServer.Text(r.Json)).TakeLast(4));

    private static TimedOutput StartBot(string label, FakeDiscordServer discord, CountingEngineProxy proxy, string work, string? botAssembly)
    {
        var settings = BotUnderTest.Settings(new DockerSandbox(), discord, work);
        settings["DataDirectory"] = work;
        settings["Docker:Discovery:Label"] = label;
        settings["Docker:Engines:0:Endpoint"] = proxy.Endpoint.ToString();
        settings["Metrics:Enabled"] = "true"; // as the bot runs by default
        settings["Metrics:SampleSeconds"] = SampleSeconds.ToString(CultureInfo.InvariantCulture);
        settings["Logging:MinimumLevel"] = "Information";
        var start = BotProcess.StartInfo(settings, work);
        if (botAssembly is not null)
        {
            start.ArgumentList[0] = Path.GetFullPath(botAssembly);
        }

        return TimedOutput.Start(start);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Window(TimeSpan Wall, double CpuPercent, IReadOnlyDictionary<string, int> Calls, IReadOnlyList<FakeRequest> Requests);
}
