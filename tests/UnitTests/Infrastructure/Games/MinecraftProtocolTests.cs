using ServerStatus.Infrastructure.Games;

namespace ServerStatus.UnitTests.Infrastructure.Games;

public sealed class MinecraftProtocolTests
{
    [Theory]
    [InlineData(0, new byte[] { 0x00 })]
    [InlineData(1, new byte[] { 0x01 })]
    [InlineData(127, new byte[] { 0x7F })]
    [InlineData(128, new byte[] { 0x80, 0x01 })]
    [InlineData(255, new byte[] { 0xFF, 0x01 })]
    [InlineData(25565, new byte[] { 0xDD, 0xC7, 0x01 })]
    [InlineData(2147483647, new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x07 })]
    [InlineData(-1, new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x0F })]
    public void EncodesAndDecodesVarInts_AsTheSpecificationsExamples(int value, byte[] bytes)
    {
        var written = new List<byte>();
        MinecraftProtocol.WriteVarInt(written, value);
        var offset = 0;

        var read = MinecraftProtocol.ReadVarInt(bytes, ref offset);

        written.ShouldBe(bytes);
        (read, offset).ShouldBe((value, bytes.Length));
    }

    [Fact]
    public void RefusesAVarIntLongerThanFiveBytes()
    {
        var offset = 0;

        Should.Throw<GameQueryException>(() => MinecraftProtocol.ReadVarInt(new byte[] { 0x80, 0x80, 0x80, 0x80, 0x80, 0x01 }, ref offset));
    }

    [Fact]
    public void SendsAHandshakeForTheStatusState_ThenTheStatusRequest()
    {
        var bytes = MinecraftProtocol.StatusRequest("mc.example", 25565);

        // length 20: id 0, version -1 (5 bytes), "mc.example" (1 + 10), port 0x63DD, next state 1; then length 1, id 0.
        bytes.ShouldBe([
            0x14, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x0A, .. "mc.example"u8.ToArray(), 0x63, 0xDD, 0x01,
            0x01, 0x00]);
    }

    [Fact]
    public void ReadsOnlineMaxAndSampleNames_FromTheStatusJson()
    {
        const string Json = """{"version":{"name":"1.21","protocol":767},"players":{"max":100,"online":5,"sample":[{"name":"thinkofdeath","id":"4566e69f-c907-48ee-8d71-d7ba5aa00d20"},{"name":"","id":"x"}]},"description":{"text":"Hello"}}""";

        var count = MinecraftProtocol.ParseStatusJson(Json);

        (count.Online, count.Max).ShouldBe((5, (int?)100));
        count.Names.ShouldBe(["thinkofdeath"]);
    }

    [Fact]
    public void ReadsTheCountWithoutNames_WhenTheServerHidesTheSample() =>
        MinecraftProtocol.ParseStatusJson("""{"players":{"max":20,"online":0}}""").ShouldSatisfyAllConditions(
            c => c.Online.ShouldBe(0),
            c => c.Names.ShouldBeEmpty());

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"description":"no players"}""")]
    [InlineData("""{"players":{"online":"many"}}""")]
    [InlineData("""{"players":{"online":-3}}""")]
    [InlineData("""{"players":{"online":1e3}}""")]
    [InlineData("[]")]
    public void RefusesAStatusWithoutAPlayerCount(string json) =>
        Should.Throw<GameQueryException>(() => MinecraftProtocol.ParseStatusJson(json));

    [Fact]
    public void ReadsTheStatusResponsePacket()
    {
        var json = """{"players":{"max":8,"online":2}}"""u8.ToArray();
        byte[] packet = [0x00, (byte)json.Length, .. json];

        var count = MinecraftProtocol.ParseStatusResponse(packet);

        (count.Online, count.Max).ShouldBe((2, (int?)8));
    }

    [Theory]
    [InlineData(new byte[] { 0x01, 0x02, 0x7B, 0x7D })]
    [InlineData(new byte[] { 0x00, 0x7F, 0x7B, 0x7D })]
    [InlineData(new byte[] { 0x00 })]
    public void RefusesAnotherPacketOrAStringLongerThanThePacket(byte[] packet) =>
        Should.Throw<GameQueryException>(() => MinecraftProtocol.ParseStatusResponse(packet));
}
