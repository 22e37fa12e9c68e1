using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ServerStatus.IntegrationTests.Fixtures;
using static System.FormattableString;

namespace ServerStatus.StatusBenchmark;

/// <summary>
/// The status overview through Discord on many servers over several engines: the bot runs as its own process configured
/// with every engine; each round injects <c>$status</c> at the fake Discord at least <see cref="Apart"/> after the last
/// answer and times the whole answer (up to the message with the overview's footer, "… of N running"; the first message
/// too), asks again at once (the cached path), then <c>docker ps -a</c> on each engine, then
/// the bare Engine API list call (<c>GET /containers/json?all=1</c> with the label filter, on a kept-alive connection) on
/// each engine: rounds interleaved.
/// </summary>
internal static class OverviewBenchmark
{
    private const double GoalMs = 150;
    private const int WarmUps = 3;

    /// <summary>
    /// More than the bot's inventory cache serves a list with relative status texts ("Up 5 minutes": one second), so the
    /// first ask of each round lists the engines again, as for users asking seconds apart; the second, at once after
    /// it, is served from that cache.
    /// </summary>
    private static readonly TimeSpan Apart = TimeSpan.FromSeconds(1.2);

    public static async Task<bool> RunAsync(BotLaunch launch, int servers, int rounds)
    {
        await using var discord = await FakeDiscordServer.StartAsync();
        var work = Directory.CreateTempSubdirectory("serverstatus-overview-");
        var apis = launch.Engines.Select(EngineHttp.Create).ToList();
        try
        {
            await using var bot = await BenchBot.StartAsync(launch, discord, work.FullName);
            var firstMessages = new List<double>();
            var listPath = new Uri("containers/json?all=1&filters=" + Uri.EscapeDataString(JsonSerializer.Serialize(new Dictionary<string, string[]> { ["label"] = [launch.Label] })), UriKind.Relative);
            var lastAnswer = 0L;
            async Task<double> AskAsync()
            {
                var first = DiscordTiming.NextAsync(discord, DiscordTiming.IsReply);
                var whole = DiscordTiming.NextAsync(discord, r => DiscordTiming.Shows(r, Invariant($"of {servers} running")));
                var (_, sentAt) = await DiscordTiming.SayAsync(discord, "$status");
                lastAnswer = await whole;
                firstMessages.Add(DiscordTiming.Ms(sentAt, await first));
                return DiscordTiming.Ms(sentAt, lastAnswer);
            }

            List<Func<Task<double>>> sides =
            [
                async () =>
                {
                    var wait = Apart - Stopwatch.GetElapsedTime(lastAnswer);
                    if (lastAnswer != 0 && wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait);
                    }

                    return await AskAsync();
                },
                AskAsync,
                .. launch.Engines.Select(engine => (Func<Task<double>>)(() => InterleavedRounds.TimeAsync(() => DockerCli.OnAsync(engine, "ps", "-a")))),
                .. apis.Select(api => (Func<Task<double>>)(() => InterleavedRounds.TimeAsync(async () =>
                {
                    using var response = await api.GetAsync(listPath);
                    await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
                }))),
            ];
            var results = await InterleavedRounds.RunAsync(WarmUps, rounds, sides);
            var counts = await Task.WhenAll(apis.Select(async api => JsonDocument.Parse(await api.GetStringAsync(listPath)).RootElement.GetArrayLength()));
            var handled = bot.HandledMs("GetServerStatus").TakeLast(2 * rounds).Where((_, i) => i % 2 == 0).ToList();
            return Report(launch, servers, rounds, results, Measurement.Of(firstMessages.Skip(2 * WarmUps).Where((_, i) => i % 2 == 0)), handled, counts);
        }
        finally
        {
            apis.ForEach(api => api.Dispose());
            work.Delete(recursive: true);
        }
    }

    private static bool Report(BotLaunch launch, int servers, int rounds, IReadOnlyList<Measurement> results, Measurement firstMessage, List<double> handled, int[] counts)
    {
        var engines = launch.Engines.Count;
        var (bot, cached) = (results[0], results[1]);
        var dockerPs = results.Skip(2).Take(engines).ToList();
        var bare = results.Skip(2 + engines).ToList();
        var fastestPs = dockerPs.Min(m => m.Median);
        var table = new BenchTable("overview", Invariant($"Overview through Discord: {servers} servers ({string.Join(" + ", counts)}) on {engines} engines, {rounds} interleaved rounds after {WarmUps} warm-ups"))
            .Goal(Invariant($"`$status` → whole answer at the fake Discord (bot; {Apart.TotalSeconds:0.0} s after the last)"), $"≤ {GoalMs:0} ms median", bot.Text(), bot.Median <= GoalMs)
            .Goal("  … below one `docker ps -a` per engine", "bot median < each engine's", Invariant($"{bot.Median:0.0} ms vs {fastestPs:0.0} ms (ratio {bot.Median / fastestPs:0.00})"), bot.Median < fastestPs)
            .Info("  `$status` → first message of the answer", firstMessage.Text())
            .Info("  of it in the bot's pipeline (its audit line for GetServerStatus)", handled.Count == 0 ? "not logged" : Measurement.Of(handled).Text())
            .Info("`$status` again at once (the engines' lists from the bot's cache)", cached.Text());
        for (var i = 0; i < engines; i++)
        {
            table.Info($"`docker ps -a`, engine {i + 1} ({launch.Engines[i].AbsolutePath})", dockerPs[i].Text());
            table.Info($"bare `GET /containers/json?all=1` + label filter, engine {i + 1}", bare[i].Text());
        }

        return table.Write();
    }
}
