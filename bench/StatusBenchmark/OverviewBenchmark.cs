using System.Globalization;
using System.Text.Json;
using ServerStatus.IntegrationTests.Fixtures;
using static System.FormattableString;

namespace ServerStatus.StatusBenchmark;

/// <summary>
/// The status overview through Discord on many servers over several engines: the bot runs as its own process configured
/// with every engine; each round injects <c>$status</c> at the fake Discord and times the whole answer (up to the message
/// with the overview's footer, "… of N running"; the first message too), then <c>docker ps -a</c> on each engine, then
/// the bare Engine API list call (<c>GET /containers/json?all=1</c> with the label filter, on a kept-alive connection) on
/// each engine: rounds interleaved.
/// </summary>
internal static class OverviewBenchmark
{
    private const double GoalMs = 150;
    private const int WarmUps = 3;

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
            var listed = new int[apis.Count];
            List<Func<Task<double>>> sides =
            [
                async () =>
                {
                    var first = DiscordTiming.NextAsync(discord, DiscordTiming.IsReply);
                    var whole = DiscordTiming.NextAsync(discord, r => DiscordTiming.Shows(r, Invariant($"of {servers} running")));
                    var (_, sentAt) = await DiscordTiming.SayAsync(discord, "$status");
                    var done = await whole;
                    firstMessages.Add(DiscordTiming.Ms(sentAt, await first));
                    return DiscordTiming.Ms(sentAt, done);
                },
                .. launch.Engines.Select(engine => (Func<Task<double>>)(() => InterleavedRounds.TimeAsync(() => DockerCli.OnAsync(engine, "ps", "-a")))),
                .. apis.Select((api, i) => (Func<Task<double>>)(() => InterleavedRounds.TimeAsync(async () =>
                {
                    using var response = await api.GetAsync(listPath);
                    var body = await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
                    listed[i] = body.Length;
                }))),
            ];
            var results = await InterleavedRounds.RunAsync(WarmUps, rounds, sides);
            var counts = await Task.WhenAll(apis.Select(async api => JsonDocument.Parse(await api.GetStringAsync(listPath)).RootElement.GetArrayLength()));
            var handled = bot.HandledMs("GetServerStatus").TakeLast(rounds).ToList();
            return Report(launch, servers, rounds, results, Measurement.Of(firstMessages.Skip(WarmUps)), handled, counts);
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
        var bot = results[0];
        var dockerPs = results.Skip(1).Take(engines).ToList();
        var bare = results.Skip(1 + engines).ToList();
        var fastestPs = dockerPs.Min(m => m.Median);
        var table = new BenchTable("overview", Invariant($"Overview through Discord: {servers} servers ({string.Join(" + ", counts)}) on {engines} engines, {rounds} interleaved rounds after {WarmUps} warm-ups"))
            .Goal("`$status` → whole answer at the fake Discord (bot)", $"≤ {GoalMs:0} ms median", bot.Text(), bot.Median <= GoalMs)
            .Goal("  … below one `docker ps -a` per engine", "bot median < each engine's", Invariant($"{bot.Median:0.0} ms vs {fastestPs:0.0} ms (ratio {bot.Median / fastestPs:0.00})"), bot.Median < fastestPs)
            .Info("  `$status` → first message of the answer", firstMessage.Text())
            .Info("  of it in the bot's pipeline (its audit line for GetServerStatus)", handled.Count == 0 ? "not logged" : Measurement.Of(handled).Text());
        for (var i = 0; i < engines; i++)
        {
            table.Info($"`docker ps -a`, engine {i + 1} ({launch.Engines[i].AbsolutePath})", dockerPs[i].Text());
            table.Info($"bare `GET /containers/json?all=1` + label filter, engine {i + 1}", bare[i].Text());
        }

        return table.Write();
    }
}
