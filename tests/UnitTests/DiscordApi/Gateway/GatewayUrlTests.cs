using DiscordApi.Gateway;

namespace ServerStatus.UnitTests.DiscordApi.Gateway;

public sealed class GatewayUrlTests
{
    [Theory]
    [InlineData("wss://gateway.discord.gg", false, "wss://gateway.discord.gg/?v=10&encoding=json")]
    [InlineData("wss://gateway.discord.gg", true, "wss://gateway.discord.gg/?v=10&encoding=json&compress=zlib-stream")]
    [InlineData("wss://gateway-us-east1-b.discord.gg", true, "wss://gateway-us-east1-b.discord.gg/?v=10&encoding=json&compress=zlib-stream")]
    [InlineData("ws://127.0.0.1:5000/resume", false, "ws://127.0.0.1:5000/resume?v=10&encoding=json")]
    public void AppendsVersionEncodingAndCompression_WhenBuildingAnyGatewayUrl(string baseUrl, bool compression, string expected)
    {
        var url = DiscordGatewayClient.BuildGatewayUrl(new Uri(baseUrl), compression);

        url.AbsoluteUri.ShouldBe(expected);
    }
}
