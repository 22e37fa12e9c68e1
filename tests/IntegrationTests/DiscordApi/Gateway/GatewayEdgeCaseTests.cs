using DiscordApi.Events;
using DiscordApi.Gateway;

namespace ServerStatus.IntegrationTests.DiscordApi.Gateway;

public sealed class GatewayEdgeCaseTests
{
    [Fact]
    public async Task DropsAndReconnects_WhenHelloNeverArrives()
    {
        var timings = GatewayHarness.FastTimings with { HelloTimeout = TimeSpan.FromMilliseconds(400) };
        await using var harness = await GatewayHarness.StartAsync(f => f.ConnectionsWithoutHello = 1, timings: timings);

        await harness.NextAsync<Ready>();

        var connections = harness.Fake.Connections;
        connections.Count.ShouldBe(2);
        harness.Fake.Frames.ShouldNotContain(f => f.ConnectionId == 1, "nothing is sent before HELLO");
        (connections[1].ConnectedAt - connections[0].ConnectedAt).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(380));
        harness.Logs.Entries.ShouldContain(l => l.Text.Contains("No HELLO", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReconnectsAndIdentifies_WhenReconnectArrivesBeforeHello()
    {
        await using var harness = await GatewayHarness.StartAsync(f => f.ConnectionsWithReconnectBeforeHello = 1);

        await harness.NextAsync<Ready>();

        var connections = harness.Fake.Connections;
        connections.Count.ShouldBe(2);
        connections[1].IsResumeUrl.ShouldBeFalse("without a session there is nothing to resume");
        harness.Fake.FramesWithOp(GatewayOpcodes.Identify).ShouldHaveSingleItem().ConnectionId.ShouldBe(2);
    }

    [Fact]
    public async Task BacksOffWithGrowingCappedDelays_WhenConnectionsKeepFailing()
    {
        await using var harness = await GatewayHarness.StartAsync(f => f.RefuseFreshConnections = true, random: 0.999);

        await Eventually.HoldsAsync(() => harness.Fake.RefusedAttempts.Count >= 7, "seven refused attempts");
        harness.Fake.Options.RefuseFreshConnections = false;
        await harness.NextAsync<Ready>();

        var attempts = harness.Fake.RefusedAttempts.Take(7).Select(a => a.At).ToList();
        var gaps = attempts.Zip(attempts.Skip(1), (a, b) => (b - a).TotalMilliseconds).ToList();
        // Ceilings 50, 100, 200, 400, 500 (cap), 500 ms with r ≈ 1, plus connection set-up time; uncapped the last would be 1600.
        gaps[0].ShouldBeGreaterThanOrEqualTo(40);
        gaps[1].ShouldBeGreaterThanOrEqualTo(90);
        gaps[2].ShouldBeGreaterThanOrEqualTo(190);
        gaps[3].ShouldBeGreaterThanOrEqualTo(390);
        gaps[4].ShouldBeGreaterThanOrEqualTo(490);
        gaps[5].ShouldBeGreaterThanOrEqualTo(490);
        gaps[5].ShouldBeLessThan(1300, "the cap holds");
        harness.Fake.GatewayBotRequests.Count.ShouldBeGreaterThanOrEqualTo(8, "each failed fresh connection asks for the gateway URL again");
    }

    [Fact]
    public async Task StopsCleanly_WhenServerNeverAnswersTheCloseFrame()
    {
        await using var harness = await GatewayHarness.StartAsync(f => f.IgnoreClientClose = true);
        await harness.NextAsync<GuildAvailable>();

        await harness.Client.StopAsync(CancellationToken.None).WaitAsync(GatewayHarness.Deadline);

        harness.Client.State.ShouldBe(GatewayState.Stopped);
        harness.Client.Completion.IsCompletedSuccessfully.ShouldBeTrue();
        harness.Fake.Connections.ShouldHaveSingleItem().ClientCloseCode.ShouldBe(1000);
    }

    [Fact]
    public async Task SkipsAlreadySeenDispatches_WhenReplayOverlapsWhatWasDelivered()
    {
        await using var harness = await GatewayHarness.StartAsync(f => f.ReplayOverlap = 3);
        await harness.NextAsync<GuildAvailable>();
        await harness.Fake.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Gateway.FakeGatewayPayloads.Message(401, 1, 2, 3, "x"));
        await harness.NextAsync<MessageCreated>();

        await harness.Fake.SendReconnectAsync();
        await harness.NextAsync<Resumed>();

        harness.Seen.OfType<MessageCreated>().ShouldHaveSingleItem();
        harness.Seen.OfType<GuildAvailable>().ShouldHaveSingleItem();
        harness.Seen.OfType<Ready>().ShouldHaveSingleItem();
        harness.Logs.Entries.Count(l => l.Text.Contains("duplicate dispatch", StringComparison.Ordinal)).ShouldBe(3);
    }

    [Fact]
    public async Task DropsOwnMessages_WhenTheBotIsTheAuthor()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var ready = await harness.NextAsync<Ready>();

        await harness.Fake.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Gateway.FakeGatewayPayloads.Message(501, 1, 2, ready.UserId, "our reply", bot: true));
        await harness.Fake.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Gateway.FakeGatewayPayloads.Message(502, 1, 2, 7, "someone else"));
        await harness.NextAsync<MessageCreated>();

        harness.Seen.OfType<MessageCreated>().ShouldHaveSingleItem().MessageId.ShouldBe(502UL);
    }
}
