using System.Text.Json;
using DiscordApi.Events;
using DiscordApi.Gateway;
using ServerStatus.IntegrationTests.FakeDiscord.Gateway;

namespace ServerStatus.IntegrationTests.DiscordApi.Gateway;

public sealed class GatewayHandshakeTests
{
    [Fact]
    public async Task DiscoversWithBotHeadersAndIdentifiesWithBareToken_WhenStarted()
    {
        await using var harness = await GatewayHarness.StartAsync(configureFake: f => f.Token = "handshake-token");

        var ready = await harness.NextAsync<Ready>();

        var request = harness.Fake.GatewayBotRequests.ShouldHaveSingleItem();
        request.Authorization.ShouldBe("Bot handshake-token");
        request.UserAgent.ShouldStartWith("DiscordBot (https://github.com/serverstatus/serverstatus, ");
        var connection = harness.Fake.Connections.ShouldHaveSingleItem();
        connection.Path.ShouldBe("/gateway");
        connection.Query.ShouldBe("?v=10&encoding=json");
        var identify = harness.Fake.FramesWithOp(GatewayOpcodes.Identify).ShouldHaveSingleItem();
        identify.StringField("token").ShouldBe("handshake-token");
        identify.IntField("intents").ShouldBe(38401);
        var properties = identify.Data.GetProperty("properties");
        properties.GetProperty("os").GetString().ShouldNotBeNullOrWhiteSpace();
        properties.GetProperty("browser").GetString().ShouldNotBeNullOrWhiteSpace();
        properties.GetProperty("device").GetString().ShouldNotBeNullOrWhiteSpace();
        ready.SessionId.ShouldBe(harness.Fake.CurrentSessionId);
        ready.UserId.ShouldBe(harness.Fake.Options.BotUserId);
        ready.ApplicationId.ShouldBe(harness.Fake.Options.ApplicationId);
        harness.Client.CurrentUserId.ShouldBe(harness.Fake.Options.BotUserId);
        harness.Client.ApplicationId.ShouldBe(harness.Fake.Options.ApplicationId);
        harness.Client.State.ShouldBe(GatewayState.Connected);
    }

    [Fact]
    public async Task SendsConfiguredIntents_WhenIntentsAreNotTheDefault()
    {
        await using var harness = await GatewayHarness.StartAsync(configureClient: o => o.Intents = 5633);

        await harness.NextAsync<Ready>();

        harness.Fake.FramesWithOp(GatewayOpcodes.Identify).ShouldHaveSingleItem().IntField("intents").ShouldBe(5633);
    }

    [Fact]
    public async Task BeatsWithNullThenLastSequenceAndMeasuresLatency_WhenHeartbeating()
    {
        await using var harness = await GatewayHarness.StartAsync(random: 0);
        await harness.NextAsync<GuildAvailable>();

        await Eventually.HoldsAsync(
            () => harness.Fake.FramesWithOp(GatewayOpcodes.Heartbeat).Any(f => f.Data.ValueKind == JsonValueKind.Number && f.Data.GetInt32() == 2),
            "a heartbeat carries the last sequence number (GUILD_CREATE = 2)");
        await Eventually.HoldsAsync(() => harness.Client.Latency is not null, "an ACK was measured");

        var frames = harness.Fake.Frames;
        frames[0].Op.ShouldBe(GatewayOpcodes.Heartbeat, "with r = 0 the first beat goes out at once, before Identify");
        frames[0].Data.ValueKind.ShouldBe(JsonValueKind.Null);
        var beats = harness.Fake.FramesWithOp(GatewayOpcodes.Heartbeat);
        beats.Where(b => b.Data.ValueKind == JsonValueKind.Number).ShouldAllBe(b => b.Data.GetInt32() >= 1 && b.Data.GetInt32() <= 2);
        harness.Client.Latency!.Value.ShouldBeLessThan(TimeSpan.FromSeconds(5)); // not null: awaited above
    }

    [Fact]
    public async Task KeepsBeatingAtTheInterval_WhenConnected()
    {
        await using var harness = await GatewayHarness.StartAsync(configureFake: f => f.HeartbeatInterval = TimeSpan.FromMilliseconds(200), random: 0.5);
        await harness.NextAsync<Ready>();

        await Eventually.HoldsAsync(() => harness.Fake.FramesWithOp(GatewayOpcodes.Heartbeat).Count >= 5, "five beats were sent");

        var beats = harness.Fake.FramesWithOp(GatewayOpcodes.Heartbeat).Take(5).Select(b => b.ReceivedAt).ToList();
        var gaps = beats.Zip(beats.Skip(1), (a, b) => b - a).ToList();
        gaps.ShouldAllBe(gap => gap > TimeSpan.FromMilliseconds(120) && gap < TimeSpan.FromMilliseconds(1500));
        harness.Fake.Connections.Count.ShouldBe(1, "acknowledged beats never look like a zombie");
    }

    [Fact]
    public async Task BeatsAtOnce_WhenServerSendsOpcode1()
    {
        await using var harness = await GatewayHarness.StartAsync(configureFake: f => f.HeartbeatInterval = TimeSpan.FromSeconds(30), random: 0.99);
        await harness.NextAsync<Ready>();
        harness.Fake.FramesWithOp(GatewayOpcodes.Heartbeat).ShouldBeEmpty();

        await harness.Fake.RequestHeartbeatAsync();

        await Eventually.HoldsAsync(() => harness.Fake.FramesWithOp(GatewayOpcodes.Heartbeat).Count == 1, "the requested beat arrived", TimeSpan.FromSeconds(3));
        harness.Fake.FramesWithOp(GatewayOpcodes.Heartbeat)[0].Data.GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task ClosesWith1000AndStaysDown_WhenStopped()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.NextAsync<GuildAvailable>();

        await harness.Client.StopAsync(CancellationToken.None).WaitAsync(GatewayHarness.Deadline);

        await Eventually.HoldsAsync(() => harness.Fake.Connections[0].EndedAt is not null, "the fake saw the socket end");
        harness.Fake.Connections.ShouldHaveSingleItem().ClientCloseCode.ShouldBe(1000);
        harness.Client.State.ShouldBe(GatewayState.Stopped);
        harness.Client.Completion.IsCompletedSuccessfully.ShouldBeTrue();
        await harness.Client.Events.Completion.WaitAsync(GatewayHarness.Deadline);
        harness.Fake.Connections.Count.ShouldBe(1);
    }

    [Fact]
    public async Task WaitsForReset_WhenSessionStartBudgetIsExhausted()
    {
        await using var harness = await GatewayHarness.StartAsync(f =>
        {
            f.SessionStartRemaining = 0;
            f.SessionStartResetAfter = TimeSpan.FromMilliseconds(800);
        });

        await harness.NextAsync<Ready>();

        var asked = harness.Fake.GatewayBotRequests.ShouldHaveSingleItem().ReceivedAt;
        var identified = harness.Fake.FramesWithOp(GatewayOpcodes.Identify).ShouldHaveSingleItem().ReceivedAt;
        (identified - asked).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(750));
    }

    [Fact]
    public async Task DeliversTypedEvents_WhenDispatchesArrive()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.NextAsync<GuildAvailable>();

        await harness.Fake.DispatchAsync("MESSAGE_CREATE", FakeGatewayPayloads.Message(11, 12, 13, 14, "!status"));
        await harness.Fake.DispatchAsync("MESSAGE_CREATE", FakeGatewayPayloads.Message(21, 22, null, 24, "hi in DM"));
        await harness.Fake.DispatchAsync("MESSAGE_REACTION_ADD", FakeGatewayPayloads.Reaction(31, 32, 33, 34, "🔄"));
        await harness.Fake.DispatchAsync("TYPING_START", """{"user_id":"1","channel_id":"2"}""");
        await harness.Fake.DispatchAsync("INTERACTION_CREATE", FakeGatewayPayloads.SlashCommand(41, 42, 43, 44, 45, "status"));

        (await harness.NextAsync<MessageCreated>()).ShouldBe(new MessageCreated(11, 12, 13, 14, "alice", false, [], "!status", [], []), new MessageComparer());
        (await harness.NextAsync<MessageCreated>()).GuildId.ShouldBeNull();
        (await harness.NextAsync<ReactionAdded>()).ShouldBe(new ReactionAdded(31, 32, 33, 34, "🔄", null));
        var interaction = await harness.NextAsync<InteractionCreated>();
        interaction.Data.CommandName.ShouldBe("status");
        interaction.InvokerUserId.ShouldBe(45UL);
        harness.Seen.OfType<GuildAvailable>().ShouldHaveSingleItem().Name.ShouldBe("Test Guild");
    }

    private sealed class MessageComparer : IEqualityComparer<MessageCreated>
    {
        public bool Equals(MessageCreated? x, MessageCreated? y) =>
            x is not null && y is not null
            && x with { MemberRoleIds = [], MentionedUserIds = [], MentionedRoleIds = [] } == y with { MemberRoleIds = [], MentionedUserIds = [], MentionedRoleIds = [] }
            && x.MemberRoleIds.SequenceEqual(y.MemberRoleIds)
            && x.MentionedUserIds.SequenceEqual(y.MentionedUserIds)
            && x.MentionedRoleIds.SequenceEqual(y.MentionedRoleIds);

        public int GetHashCode(MessageCreated obj) => obj.MessageId.GetHashCode();
    }
}
