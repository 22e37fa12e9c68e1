using DiscordApi.Events;
using DiscordApi.Gateway;
using ServerStatus.IntegrationTests.FakeDiscord.Gateway;

namespace ServerStatus.IntegrationTests.DiscordApi.Gateway;

public sealed class GatewayReconnectTests
{
    [Fact]
    public async Task ResumesOnResumeUrlAndReplaysOnceInOrder_WhenHeartbeatsAreNotAcknowledged()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var ready = await harness.NextAsync<Ready>();
        await harness.NextAsync<GuildAvailable>();

        harness.Fake.MakeLiveConnectionZombie();
        await harness.Fake.DispatchAsync("MESSAGE_CREATE", FakeGatewayPayloads.Message(101, 1, 2, 3, "one"));
        await harness.Fake.DispatchAsync("MESSAGE_CREATE", FakeGatewayPayloads.Message(102, 1, 2, 3, "two"));
        await harness.Fake.DispatchAsync("MESSAGE_CREATE", FakeGatewayPayloads.Message(103, 1, 2, 3, "three"));
        await harness.NextAsync<Resumed>();

        harness.Seen.OfType<MessageCreated>().Select(m => m.MessageId).ShouldBe([101UL, 102UL, 103UL]);
        harness.Seen.Last().ShouldBeOfType<Resumed>();
        var connections = harness.Fake.Connections;
        connections.Count.ShouldBe(2);
        connections[1].IsResumeUrl.ShouldBeTrue();
        connections[1].Query.ShouldBe(connections[0].Query);
        connections[0].ClientCloseCode.ShouldNotBe(1000);
        connections[0].ClientCloseCode.ShouldNotBe(1001);
        var resume = harness.Fake.FramesWithOp(GatewayOpcodes.Resume).ShouldHaveSingleItem();
        resume.ConnectionId.ShouldBe(connections[1].Id);
        resume.StringField("session_id").ShouldBe(ready.SessionId);
        resume.IntField("seq").ShouldBe(2);
        resume.StringField("token").ShouldBe(harness.Options.Token);
        harness.Fake.FramesWithOp(GatewayOpcodes.Identify).Count.ShouldBe(1);
        harness.Fake.GatewayBotRequests.Count.ShouldBe(1, "resumes never call GET gateway/bot");
        harness.Client.State.ShouldBe(GatewayState.Connected);
    }

    [Fact]
    public async Task OldHeartbeaterNeverTouchesNewSocket_WhenConnectionIsReplaced()
    {
        await using var harness = await GatewayHarness.StartAsync(f => f.HeartbeatInterval = TimeSpan.FromMilliseconds(150));
        await harness.NextAsync<GuildAvailable>();

        harness.Fake.MakeLiveConnectionZombie();
        await harness.NextAsync<Resumed>();
        await Eventually.HoldsAsync(
            () => harness.Fake.FramesWithOp(GatewayOpcodes.Heartbeat).Count(f => f.ConnectionId == 2) >= 4,
            "the new connection got four beats",
            seen: () => $"{harness.Fake.Connections.Count} connections; beats by connection: "
                + string.Join(", ", harness.Fake.FramesWithOp(GatewayOpcodes.Heartbeat).GroupBy(f => f.ConnectionId).Select(g => $"{g.Key}: {g.Count()}")));

        var second = harness.Fake.Connections[1];
        harness.Fake.Frames.Where(f => f.ConnectionId == 1).ShouldAllBe(f => f.ReceivedAt <= second.ConnectedAt);
        harness.Fake.Connections.Count.ShouldBe(2, "acknowledged beats on the new socket keep it alive");
    }

    [Fact]
    public async Task ResumesAtOnceWithClose4900_WhenServerSendsReconnect()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.NextAsync<GuildAvailable>();

        await harness.Fake.SendReconnectAsync();
        await harness.NextAsync<Resumed>();

        var connections = harness.Fake.Connections;
        connections[1].IsResumeUrl.ShouldBeTrue();
        await Eventually.HoldsAsync(() => connections[0].EndedAt is not null, "the first socket ended");
        connections[0].ClientCloseCode.ShouldBe(GatewayCloseCodes.Reconnecting);
        harness.Fake.FramesWithOp(GatewayOpcodes.Resume).ShouldHaveSingleItem().IntField("seq").ShouldBe(2);
    }

    [Fact]
    public async Task Resumes_WhenInvalidSessionIsResumable()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var ready = await harness.NextAsync<Ready>();
        await harness.NextAsync<GuildAvailable>();

        await harness.Fake.SendInvalidSessionAsync(resumable: true);
        await harness.NextAsync<Resumed>();

        harness.Fake.Connections[1].IsResumeUrl.ShouldBeTrue();
        harness.Fake.FramesWithOp(GatewayOpcodes.Resume).ShouldHaveSingleItem().StringField("session_id").ShouldBe(ready.SessionId);
        harness.Fake.FramesWithOp(GatewayOpcodes.Identify).Count.ShouldBe(1);
    }

    [Fact]
    public async Task IdentifiesFreshSessionOnDiscoveredUrl_WhenInvalidSessionIsNotResumable()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.NextAsync<Ready>();
        await harness.NextAsync<GuildAvailable>();

        await harness.Fake.SendInvalidSessionAsync(resumable: false);
        var second = await harness.NextAsync<Ready>();

        second.SessionId.ShouldNotBe(first.SessionId);
        var connections = harness.Fake.Connections;
        connections.Count.ShouldBe(2);
        connections[1].IsResumeUrl.ShouldBeFalse();
        connections[1].Query.ShouldBe("?v=10&encoding=json");
        harness.Fake.FramesWithOp(GatewayOpcodes.Resume).ShouldBeEmpty();
        var identifies = harness.Fake.FramesWithOp(GatewayOpcodes.Identify);
        identifies.Count.ShouldBe(2);
        (identifies[1].ReceivedAt - identifies[0].ReceivedAt).ShouldBeGreaterThanOrEqualTo(GatewayHarness.FastTimings.IdentifyInterval - TimeSpan.FromMilliseconds(100));
        harness.Fake.GatewayBotRequests.Count.ShouldBe(2, "a fresh Identify asks GET gateway/bot again");
        await Eventually.HoldsAsync(
            () => harness.Fake.FramesWithOp(GatewayOpcodes.Heartbeat).Any(f => f.ConnectionId == 2 && f.Data.ValueKind == System.Text.Json.JsonValueKind.Number),
            "a beat on the new session");
        harness.Fake.FramesWithOp(GatewayOpcodes.Heartbeat).Where(f => f.ConnectionId == 2 && f.Data.ValueKind == System.Text.Json.JsonValueKind.Number)
            .ShouldAllBe(f => f.Data.GetInt32() <= 2, "the sequence restarted with the new session");
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(1001)]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4005)]
    [InlineData(4008)]
    [InlineData(4999)]
    public async Task Resumes_WhenServerClosesWithResumableCode(int closeCode)
    {
        await using var harness = await GatewayHarness.StartAsync();
        var ready = await harness.NextAsync<Ready>();
        await harness.NextAsync<GuildAvailable>();

        await harness.Fake.CloseAsync(closeCode);
        await harness.NextAsync<Resumed>();

        harness.Fake.Connections[1].IsResumeUrl.ShouldBeTrue();
        harness.Fake.FramesWithOp(GatewayOpcodes.Resume).ShouldHaveSingleItem().StringField("session_id").ShouldBe(ready.SessionId);
    }

    [Theory]
    [InlineData(4003)]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task Identifies_WhenServerClosesWithSessionEndingCode(int closeCode)
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.NextAsync<Ready>();
        await harness.NextAsync<GuildAvailable>();

        await harness.Fake.CloseAsync(closeCode);
        var second = await harness.NextAsync<Ready>();

        second.SessionId.ShouldNotBe(first.SessionId);
        harness.Fake.Connections[1].IsResumeUrl.ShouldBeFalse();
        harness.Fake.FramesWithOp(GatewayOpcodes.Resume).ShouldBeEmpty();
        harness.Fake.FramesWithOp(GatewayOpcodes.Identify).Count.ShouldBe(2);
    }

    [Fact]
    public async Task ResumesWithoutLossOrDuplicates_WhenTcpConnectionDrops()
    {
        await using var harness = await GatewayHarness.StartAsync(f => f.ReplayOverlap = 1);
        await harness.NextAsync<GuildAvailable>();
        await harness.Fake.DispatchAsync("MESSAGE_CREATE", FakeGatewayPayloads.Message(201, 1, 2, 3, "a"));
        await harness.Fake.DispatchAsync("MESSAGE_CREATE", FakeGatewayPayloads.Message(202, 1, 2, 3, "b"));
        await harness.NextAsync<MessageCreated>(m => m.MessageId == 202);

        harness.Fake.DropConnection();
        await harness.Fake.DispatchAsync("MESSAGE_CREATE", FakeGatewayPayloads.Message(203, 1, 2, 3, "c"));
        await harness.Fake.DispatchAsync("MESSAGE_CREATE", FakeGatewayPayloads.Message(204, 1, 2, 3, "d"));
        await harness.NextAsync<Resumed>();
        await harness.Fake.DispatchAsync("MESSAGE_CREATE", FakeGatewayPayloads.Message(205, 1, 2, 3, "e"));
        await harness.NextAsync<MessageCreated>(m => m.MessageId == 205);

        harness.Seen.OfType<MessageCreated>().Select(m => m.MessageId).ShouldBe([201UL, 202UL, 203UL, 204UL, 205UL]);
        harness.Fake.Connections[1].IsResumeUrl.ShouldBeTrue();
        harness.Fake.FramesWithOp(GatewayOpcodes.Resume).ShouldHaveSingleItem().IntField("seq").ShouldBe(4);
        harness.Fake.Connections[0].ClientCloseCode.ShouldBeNull();
    }

    [Fact]
    public async Task FallsBackToDiscoveredUrlAndIdentifies_WhenResumeUrlIsDead()
    {
        await using var harness = await GatewayHarness.StartAsync(f => f.RefuseResumeConnections = true);
        var first = await harness.NextAsync<Ready>();
        await harness.NextAsync<GuildAvailable>();

        harness.Fake.DropConnection();
        var second = await harness.NextAsync<Ready>();

        second.SessionId.ShouldNotBe(first.SessionId);
        harness.Fake.RefusedResumeAttempts.ShouldBe(GatewayTimings.Default.ResumeAttemptsBeforeIdentify);
        harness.Fake.Connections.Count.ShouldBe(2);
        harness.Fake.Connections[1].Path.ShouldBe("/gateway");
        harness.Fake.FramesWithOp(GatewayOpcodes.Identify).Count.ShouldBe(2);
    }
}
