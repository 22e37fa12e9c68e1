using ServerStatus.IntegrationTests.Fixtures;
using static System.FormattableString;

namespace ServerStatus.StatusBenchmark;

/// <summary>
/// A server's card through Discord, the first view after a start: each round starts the bot afresh (a service restart on
/// the database of a warm-up start), waits for READY and injects <c>$status &lt;server&gt;</c> at once: time to the first
/// reply, and, when that reply said CPU and memory were still being measured, to the card's edit that carries them; and
/// on another fresh start, the first reply when the question comes once the start's own work is done. In the same
/// rounds: <c>docker inspect</c>, the bare <c>GET /containers/&lt;name&gt;/json</c> and, as the reference for the CPU
/// figure, <c>docker stats --no-stream</c> (which also needs two of the engine's samples).
/// </summary>
internal static class CardBenchmark
{
    private const double GoalMs = 300;
    private const int WarmUps = 1;
    private const string Measuring = "measuring…";

    // Long enough for the work a start does once READY (jobs registered, interrupted work resumed, slash commands synced).
    private static readonly TimeSpan SettledAfter = TimeSpan.FromSeconds(5);

    public static async Task<bool> RunAsync(BotLaunch launch, string server, int starts)
    {
        await using var discord = await FakeDiscordServer.StartAsync();
        var work = Directory.CreateTempSubdirectory("serverstatus-card-");
        using var api = EngineHttp.Create(launch.Engines[0]);
        try
        {
            var edits = new List<double>();
            var handled = new List<double>();
            var round = 0;
            var inspectPath = new Uri("containers/" + Uri.EscapeDataString(server) + "/json", UriKind.Relative);

            // A fresh start, `$status <server>` after waiting `settle` from READY: the first reply's milliseconds.
            async Task<double> FirstViewAsync(TimeSpan settle, bool countEdit)
            {
                var counted = ++round > WarmUps * 2;
                await using var bot = await BenchBot.StartAsync(launch, discord, work.FullName);
                await Task.Delay(settle);
                var first = DiscordTiming.NextAsync(discord, DiscordTiming.IsReply);
                var (asked, sentAt) = await DiscordTiming.SayAsync(discord, "$status " + server);
                var firstMs = DiscordTiming.Ms(sentAt, await first);
                var reply = discord.Rest.Messages.First(m => m.ReplyTo == asked);
                if (FakeDiscordServer.Text(reply).Contains(Measuring, StringComparison.Ordinal))
                {
                    var edited = await DiscordTiming.NextAsync(discord, r => DiscordTiming.Edits(r, reply.Id));
                    if (counted && countEdit)
                    {
                        edits.Add(DiscordTiming.Ms(sentAt, edited));
                    }
                }

                if (counted && countEdit && bot.HandledMs("GetServerStatus") is [var pipeline, ..])
                {
                    handled.Add(pipeline);
                }

                return firstMs;
            }

            List<Func<Task<double>>> sides =
            [
                () => FirstViewAsync(TimeSpan.Zero, countEdit: true),
                () => FirstViewAsync(SettledAfter, countEdit: false),
                () => InterleavedRounds.TimeAsync(() => DockerCli.OnAsync(launch.Engines[0], "inspect", server)),
                () => InterleavedRounds.TimeAsync(async () => await api.GetStringAsync(inspectPath)),
                () => InterleavedRounds.TimeAsync(() => DockerCli.OnAsync(launch.Engines[0], "stats", "--no-stream", server)),
            ];
            var results = await InterleavedRounds.RunAsync(WarmUps, starts, sides);
            var table = new BenchTable("card", Invariant($"Card through Discord, first view after start: {starts} starts after {WarmUps} warm-up start, `{server}` running"))
                .Goal("READY → `$status <server>` → first reply (bot)", $"≤ {GoalMs:0} ms median", results[0].Text(), results[0].Median <= GoalMs)
                .Info("  of it in the bot's pipeline (its audit line for GetServerStatus)", handled.Count == 0 ? "not logged" : Measurement.Of(handled).Text())
                .Info("  → the card's edit with CPU and memory", edits.Count == 0
                    ? "none needed: every first reply had them"
                    : Invariant($"{Measurement.Of(edits).Text()} ({edits.Count} of {starts} first replies said {Measuring})"))
                .Info(Invariant($"{SettledAfter.TotalSeconds:0} s after READY (the start's own work done) → `$status <server>` → first reply (bot)"), results[1].Text())
                .Info("`docker inspect <server>`", results[2].Text())
                .Info("bare `GET /containers/<server>/json`", results[3].Text())
                .Info("`docker stats --no-stream <server>` (CPU needs two samples)", results[4].Text());
            return table.Write();
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
