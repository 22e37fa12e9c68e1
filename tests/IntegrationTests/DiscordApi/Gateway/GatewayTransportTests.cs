using System.Text.Json;
using DiscordApi.Events;
using DiscordApi.Gateway;
using Microsoft.Extensions.Logging;
using ServerStatus.IntegrationTests.FakeDiscord.Gateway;

namespace ServerStatus.IntegrationTests.DiscordApi.Gateway;

public sealed class GatewayTransportTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task InflatesEveryMessage_WhenZlibStreamIsOn(int splitFrames)
    {
        await using var harness = await GatewayHarness.StartAsync(
            f => f.SplitFrames = splitFrames,
            o => o.GatewayCompression = true);
        await harness.NextAsync<GuildAvailable>();
        var content = string.Concat(Enumerable.Range(0, 2000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        await harness.Fake.DispatchAsync("MESSAGE_CREATE", FakeGatewayPayloads.Message(301, 1, 2, 3, content));
        await harness.Fake.DispatchAsync("MESSAGE_CREATE", FakeGatewayPayloads.Message(302, 1, 2, 3, "short"));
        var first = await harness.NextAsync<MessageCreated>();
        var second = await harness.NextAsync<MessageCreated>();

        first.Content.ShouldBe(content);
        second.Content.ShouldBe("short");
        var connection = harness.Fake.Connections.ShouldHaveSingleItem();
        connection.Query.ShouldBe("?v=10&encoding=json&compress=zlib-stream");
        connection.Compressed.ShouldBeTrue();
    }

    [Fact]
    public async Task UsesFreshInflateContext_WhenResumingWithZlibStream()
    {
        await using var harness = await GatewayHarness.StartAsync(f => f.SplitFrames = 2, o => o.GatewayCompression = true);
        await harness.NextAsync<GuildAvailable>();

        await harness.Fake.SendReconnectAsync();
        await harness.NextAsync<Resumed>();
        await harness.Fake.DispatchAsync("MESSAGE_CREATE", FakeGatewayPayloads.Message(303, 1, 2, 3, "after resume"));

        (await harness.NextAsync<MessageCreated>()).Content.ShouldBe("after resume");
        harness.Fake.Connections[1].Query.ShouldBe("?v=10&encoding=json&compress=zlib-stream");
    }

    [Fact]
    public async Task ReassemblesFragments_WhenTextMessagesAreSplitIntoFrames()
    {
        await using var harness = await GatewayHarness.StartAsync(f => f.SplitFrames = 5);
        await harness.NextAsync<GuildAvailable>();
        var content = new string('z', 40_000);

        await harness.Fake.DispatchAsync("MESSAGE_CREATE", FakeGatewayPayloads.Message(304, 1, 2, 3, content));

        (await harness.NextAsync<MessageCreated>()).Content.ShouldBe(content);
    }

    [Fact]
    public async Task LogsAndCarriesOn_WhenPayloadsAreBadOrUnknown()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.NextAsync<GuildAvailable>();

        await harness.Fake.SendRawAsync("this is not json {");
        await harness.Fake.SendRawAsync("""{"op":42,"d":{}}""");
        await harness.Fake.SendRawAsync("""{"d":{}}""");
        await harness.Fake.DispatchAsync("SOMETHING_NEW", """{"x":1}""");
        await harness.Fake.DispatchAsync("MESSAGE_CREATE", """{"channel_id":"1","author":{"id":"2"}}""");
        await harness.Fake.DispatchAsync("MESSAGE_CREATE", FakeGatewayPayloads.Message(305, 1, 2, 3, "still alive"));
        var message = await harness.NextAsync<MessageCreated>();

        message.MessageId.ShouldBe(305UL);
        harness.Seen.OfType<MessageCreated>().Count().ShouldBe(1);
        harness.Logs.Entries.Count(l => l.Level == LogLevel.Warning && l.Text.Contains("not valid JSON", StringComparison.Ordinal)).ShouldBe(2);
        harness.Logs.Entries.ShouldContain(l => l.Text.Contains("malformed MESSAGE_CREATE", StringComparison.Ordinal));
        var beats = harness.Fake.FramesWithOp(GatewayOpcodes.Heartbeat).Count;
        await Eventually.HoldsAsync(() => harness.Fake.FramesWithOp(GatewayOpcodes.Heartbeat).Count >= beats + 2, "heartbeats continue");
        harness.Fake.Connections.Count.ShouldBe(1);
        await harness.Fake.DispatchAsync("MESSAGE_CREATE", FakeGatewayPayloads.Message(306, 1, 2, 3, "seq moved"));
        await harness.NextAsync<MessageCreated>(m => m.MessageId == 306);
        await Eventually.HoldsAsync(
            () => harness.Fake.FramesWithOp(GatewayOpcodes.Heartbeat).Any(f => f.Data.ValueKind == JsonValueKind.Number && f.Data.GetInt32() == 6),
            "beats carry the sequence of the last dispatch, unknown and malformed ones included");
    }

    [Fact]
    public async Task KeepsHeartbeating_WhenNobodyReadsEvents()
    {
        await using var harness = await GatewayHarness.StartAsync(f => f.HeartbeatInterval = TimeSpan.FromMilliseconds(150));
        await harness.NextAsync<GuildAvailable>();

        for (var i = 0; i < 300; i++)
        {
            await harness.Fake.DispatchAsync("MESSAGE_CREATE", FakeGatewayPayloads.Message((ulong)(1000 + i), 1, 2, 3, "flood"));
        }

        var beats = harness.Fake.FramesWithOp(GatewayOpcodes.Heartbeat).Count;
        await Eventually.HoldsAsync(() => harness.Fake.FramesWithOp(GatewayOpcodes.Heartbeat).Count >= beats + 4, "four more beats while events pile up");
        harness.Fake.Connections.Count.ShouldBe(1, "ACKs are handled although nobody consumes events");
        var last = await harness.NextAsync<MessageCreated>(m => m.MessageId == 1299);
        last.Content.ShouldBe("flood");
        harness.Seen.OfType<MessageCreated>().Count().ShouldBe(300);
    }

    [Fact]
    public async Task KeepsDelivering_WhenAConsumerThrows()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.NextAsync<GuildAvailable>();
        var failingConsumer = Task.Run(async () =>
        {
            await harness.Client.Events.ReadAsync();
            throw new InvalidOperationException("consumer bug");
        });

        await harness.Fake.DispatchAsync("MESSAGE_CREATE", FakeGatewayPayloads.Message(601, 1, 2, 3, "eaten by the failing consumer"));
        await Should.ThrowAsync<InvalidOperationException>(failingConsumer.WaitAsync(GatewayHarness.Deadline));
        await harness.Fake.DispatchAsync("MESSAGE_CREATE", FakeGatewayPayloads.Message(602, 1, 2, 3, "next"));

        (await harness.NextAsync<MessageCreated>()).MessageId.ShouldBe(602UL);
        harness.Client.State.ShouldBe(GatewayState.Connected);
        harness.Fake.Connections.Count.ShouldBe(1);
    }
}
