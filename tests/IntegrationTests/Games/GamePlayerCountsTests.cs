using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Games;
using ServerStatus.Infrastructure.Docker;
using ServerStatus.Infrastructure.Games;

namespace ServerStatus.IntegrationTests.Games;

/// <summary>
/// The game-query adapter against fake game servers on loopback, answering like real ones (the A2S challenge, split player
/// lists), and against ones that never answer or answer nonsense; busybox servers carry the labels that point at them.
/// </summary>
public sealed class GamePlayerCountsTests(DockerSandbox sandbox) : IClassFixture<DockerSandbox>
{
    [Fact]
    public async Task ReadsMinecraftPlayers_ThroughAStatusHandshake()
    {
        await using var fake = new FakeMinecraftServer { Players = ["Notch", "jeb_", "Dinnerbone"], Max = 20 };
        var server = await GameServers.CreateAsync(sandbox, "mc", GameServers.Query("minecraft", fake.Port));
        using var games = GameServers.Adapter(TimeProvider.System, NullLogger<GamePlayerCounts>.Instance);

        var reading = await games.Counts.ReadAsync(server, default);

        reading.Count.ShouldBe(new PlayerCount(3, 20, ["Notch", "jeb_", "Dinnerbone"]), new PlayerCountComparer());
        fake.NextStates.ShouldBe([1]);
    }

    [Fact]
    public async Task ReadsSteamPlayers_AfterTheChallenge_FromASplitPlayerList()
    {
        var players = Enumerable.Range(1, 60).Select(i => $"player-{i:00}-with-a-rather-long-steam-name").ToList();
        await using var fake = new FakeA2sServer { Players = players, Max = 64 };
        var server = await GameServers.CreateAsync(sandbox, "cs", GameServers.Query("a2s", fake.Port));
        using var games = GameServers.Adapter(TimeProvider.System, NullLogger<GamePlayerCounts>.Instance);

        var reading = await games.Counts.ReadAsync(server, default);

        var count = reading.Count.ShouldNotBeNull();
        (count.Online, count.Max).ShouldBe((60, (int?)64));
        count.Names.ShouldBe(players);
        fake.SplitAnswers.ShouldBe(1);
        fake.ChallengedRequests.ShouldBe(['T', 'U']);
    }

    [Theory]
    [InlineData("minecraft")]
    [InlineData("a2s")]
    public async Task ReadsUnknownWithinTheTimeout_WhenTheGameNeverAnswers(string protocol)
    {
        await using var fake = Fake(protocol, FakeGameBehaviour.Silent);
        var server = await GameServers.CreateAsync(sandbox, $"silent-{protocol}", GameServers.Query(protocol, fake.Port));
        using var games = GameServers.Adapter(TimeProvider.System, NullLogger<GamePlayerCounts>.Instance, timeoutMilliseconds: 700);
        var clock = Stopwatch.StartNew();

        var reading = await games.Counts.ReadAsync(server, default);

        reading.ShouldBe(PlayerReading.Unknown);
        clock.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(600));
        // The timeout bounds the whole read; the margin is only for a loaded machine's scheduling.
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("minecraft")]
    [InlineData("a2s")]
    public async Task ReadsUnknown_AndLogsOncePerHour_WhenTheAnswerIsMalformed(string protocol)
    {
        await using var fake = Fake(protocol, FakeGameBehaviour.Malformed);
        var server = await GameServers.CreateAsync(sandbox, $"garbled-{protocol}", GameServers.Query(protocol, fake.Port));
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var logs = new CapturedLogs();
        using var games = GameServers.Adapter(time, logs.CreateLogger<GamePlayerCounts>());

        var first = await games.Counts.ReadAsync(server, default);
        time.Advance(TimeSpan.FromSeconds(20));
        var second = await games.Counts.ReadAsync(server, default);
        var loggedWithinTheHour = Warnings(logs);
        time.Advance(TimeSpan.FromHours(1));
        await games.Counts.ReadAsync(server, default);

        (first, second).ShouldBe((PlayerReading.Unknown, PlayerReading.Unknown));
        loggedWithinTheHour.ShouldBe(1);
        Warnings(logs).ShouldBe(2);
        logs.AllText.ShouldContain($"Players of local/garbled-{protocol} are unknown");
    }

    [Fact]
    public async Task AsksOnce_ForConcurrentCallersAndWithinTheCacheTime()
    {
        await using var fake = new FakeMinecraftServer { Players = ["a"], Max = 5 };
        var server = await GameServers.CreateAsync(sandbox, "shared", GameServers.Query("minecraft", fake.Port));
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var games = GameServers.Adapter(time, NullLogger<GamePlayerCounts>.Instance);

        var together = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => games.Counts.ReadAsync(server, default).AsTask()));
        time.Advance(TimeSpan.FromSeconds(14));
        await games.Counts.ReadAsync(server, default);
        var askedWithinTheCache = fake.NextStates.Count;
        time.Advance(TimeSpan.FromSeconds(2));
        await games.Counts.ReadAsync(server, default);

        together.ShouldAllBe(r => r.Kind == PlayerReadingKind.Known && r.Count!.Online == 1);
        askedWithinTheCache.ShouldBe(1);
        fake.NextStates.Count.ShouldBe(2);
    }

    [Fact]
    public async Task ReadsPlayersFromTheConsole_WhenTheGameHasNoQueryProtocol()
    {
        var server = await GameServers.CreateAsync(sandbox, "console", GameServers.Console(), GameServers.ListingConsole, openStdin: true);
        using var games = GameServers.Adapter(TimeProvider.System, NullLogger<GamePlayerCounts>.Instance, timeoutMilliseconds: 10_000);

        var reading = await games.Counts.ReadAsync(server, default);

        reading.Count.ShouldBe(new PlayerCount(2, 10, ["alice", "bob"]), new PlayerCountComparer());
    }

    [Fact]
    public async Task ReadsUnknown_WhenTheConsoleNeverPrintsTheAnswer()
    {
        var server = await GameServers.CreateAsync(sandbox, "mute", GameServers.Console(), "while read -r line; do echo \"Unknown command: $line\"; done", openStdin: true);
        using var games = GameServers.Adapter(TimeProvider.System, NullLogger<GamePlayerCounts>.Instance, timeoutMilliseconds: 1500);

        var reading = await games.Counts.ReadAsync(server, default);

        reading.ShouldBe(PlayerReading.Unknown);
    }

    [Fact]
    public async Task ReadsUnknown_WhenTheLocalContainerHasNoAddressAndNoHostIsLabelled()
    {
        var server = await GameServers.CreateAsync(sandbox, "isolated", new Dictionary<string, string> { [GameLabels.Query] = "minecraft" });
        var logs = new CapturedLogs();
        using var games = GameServers.Adapter(TimeProvider.System, logs.CreateLogger<GamePlayerCounts>());

        var reading = await games.Counts.ReadAsync(server, default);

        reading.ShouldBe(PlayerReading.Unknown);
        logs.AllText.ShouldContain("has no IP address");
    }

    private static IFakeGameServer Fake(string protocol, FakeGameBehaviour behaviour) =>
        protocol == "a2s" ? new FakeA2sServer(behaviour) : new FakeMinecraftServer(behaviour);

    private static int Warnings(CapturedLogs logs) => logs.Entries.Count(e => e.Text.Contains("are unknown", StringComparison.Ordinal));

    private sealed class PlayerCountComparer : IEqualityComparer<PlayerCount?>
    {
        public bool Equals(PlayerCount? x, PlayerCount? y) =>
            x is not null && y is not null && x.Online == y.Online && x.Max == y.Max && x.Names.SequenceEqual(y.Names);

        public int GetHashCode(PlayerCount? obj) => obj?.Online ?? 0;
    }
}
