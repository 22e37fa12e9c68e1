using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ServerStatus.IntegrationTests.Fixtures;
using ServerStatus.IntegrationTests.Support;
using ServerStatus.TestSupport;

namespace ServerStatus.StatusBenchmark;

/// <summary>
/// The watch, measured from outside: the bot runs as its own process against the fake Discord; the benchmark kills
/// one running container at a time with <c>docker kill -s KILL</c> and times the die event at a bare events
/// subscriber and the incident's POST at the fake Discord, in the same rounds.
/// </summary>
internal static class AlertBenchmark
{
    private const ulong AlertChannel = 830_000_000_000_000_001;
    private const int WarmUps = 2;
    private const double GoalMs = 1000;

    /// <summary>Rounds start at least this far apart, well beyond the publisher's 250 ms gather window: no storm.</summary>
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(1.5);

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task<bool> RunAsync(string label, int rounds, string? botAssembly)
    {
        var running = (await DockerCli.OutputAsync("ps", "--filter", "label=" + label, "--filter", "status=running", "--format", "{{.Names}}"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal).ToList();
        if (running.Count < WarmUps + rounds)
        {
            throw new InvalidOperationException($"{WarmUps + rounds} running containers with label {label} are needed, found {running.Count}.");
        }

        await using var discord = await FakeDiscordServer.StartAsync();
        await using var events = await BareEventsSubscriber.StartAsync(TestEngines.Primary, label);
        var work = Directory.CreateTempSubdirectory("serverstatus-alerts-");
        using var bot = StartBot(label, discord, work.FullName, botAssembly);
        try
        {
            await Eventually.HoldsAsync(
                () => bot.Process.HasExited || (bot.Saw("Watching the events of") && discord.Gateway.FramesWithOp(2).Count > 0),
                "the bot identifies and watches",
                TimeSpan.FromSeconds(60),
                seen: () => bot.Output);
            if (bot.Process.HasExited)
            {
                throw new InvalidOperationException("The bot stopped: " + bot.Output);
            }

            await Task.Delay(TimeSpan.FromSeconds(2)); // its event stream is subscribed a moment after the log line

            var samples = new List<Round>();
            for (var i = 0; i < WarmUps + rounds; i++)
            {
                var round = await KillAsync(running[i * running.Count / (WarmUps + rounds)], discord, events, bot);
                if (i >= WarmUps)
                {
                    samples.Add(round);
                }
                else
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up kill {i + 1} (not counted): die event {round.Event:0.0} ms, incident posted {round.Post:0.0} ms"));
                }

                await Task.Delay(Spacing);
            }

            return Report(samples, running.Count);
        }
        finally
        {
            bot.Process.Kill(entireProcessTree: true);
            await bot.Process.WaitForExitAsync();
            work.Delete(recursive: true);
        }
    }

    private static async Task<Round> KillAsync(string name, FakeDiscordServer discord, BareEventsSubscriber events, TimedOutput bot)
    {
        var naming = new Regex($@"(?<![\w.-]){Regex.Escape(name)}(?![\w.-])", RegexOptions.CultureInvariant);
        var channel = AlertChannel.ToString(CultureInfo.InvariantCulture);
        var posted = DiscordTiming.ArrivalAsync(discord.Rest.WaitForRequestAsync(
            r => r.Method == "POST" && r.Template == "channels/{channel_id}/messages" && r.RouteValues["channel_id"] == channel
                && naming.IsMatch(FakeDiscordServer.Text(r.Json)),
            Patience));
        var died = events.DieOfAsync(name);

        var t0 = Stopwatch.GetTimestamp();
        await DockerCli.OutputAsync("kill", "-s", "KILL", name);
        var tEvent = await died.WaitAsync(Patience);
        var tPost = await posted;

        var logged = bot.FirstAfter(t0, line => line.Contains("Incident ", StringComparison.Ordinal) && naming.IsMatch(line));
        return new Round(Ms(t0, tEvent), Ms(t0, tPost), logged is { } at ? Ms(t0, at) : double.NaN);
    }

    private static bool Report(List<Round> samples, int containers)
    {
        Console.WriteLine($"alerts: {samples.Count} SIGKILLs by the docker CLI after {WarmUps} warm-ups, {containers} running containers, "
            + "the bot as its own process against the fake Discord on loopback, rounds >= 1.5 s apart");
        Measurement.Of(samples.Select(s => s.Event)).Report("kill -> die event (bare /events)");
        Measurement.Of(samples.Select(s => s.Post)).Report("kill -> incident POST (bot)");
        var lag = Measurement.Of(samples.Select(s => s.Post - s.Event));
        lag.Report("die event -> incident POST");
        var logged = samples.Where(s => !double.IsNaN(s.Logged)).ToList();
        if (logged.Count > 0)
        {
            Console.WriteLine("where the bot's time goes (its console lines as they reached the benchmark):");
            Measurement.Of(logged.Select(s => s.Logged - s.Event)).Report("  die event -> \"Incident\" logged");
            Measurement.Of(logged.Select(s => s.Post - s.Logged)).Report("  \"Incident\" logged -> POST");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"(goal: median die event -> incident POST <= {GoalMs:0} ms)"));
        return lag.Median <= GoalMs;
    }

    private static TimedOutput StartBot(string label, FakeDiscordServer discord, string work, string? botAssembly)
    {
        var settings = BotUnderTest.Settings(new DockerSandbox(), discord, work);
        settings["DataDirectory"] = work;
        settings["Docker:Discovery:Label"] = label;
        settings["Alerts:ChannelId"] = AlertChannel.ToString(CultureInfo.InvariantCulture);
        settings["Alerts:StormWindowSeconds"] = "0"; // rounds are 1.5 s apart: each kill is measured as an incident of its own, not as a storm joining the first
        settings["Metrics:Enabled"] = "true"; // as the bot runs by default: sampling beside the watch
        settings["Logging:MinimumLevel"] = "Information";
        var start = BotProcess.StartInfo(settings, work);
        if (botAssembly is not null)
        {
            start.ArgumentList[0] = Path.GetFullPath(botAssembly); // the bot's own build output, with its own runtime settings
        }

        return TimedOutput.Start(start);
    }

    private static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    /// <summary>Milliseconds after the kill was started.</summary>
    private sealed record Round(double Event, double Post, double Logged);
}
