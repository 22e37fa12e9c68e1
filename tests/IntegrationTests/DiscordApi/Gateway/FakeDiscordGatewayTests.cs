using System.IO.Compression;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ServerStatus.IntegrationTests.FakeDiscord.Gateway;

namespace ServerStatus.IntegrationTests.DiscordApi.Gateway;

/// <summary>The fake itself, driven by a raw socket: it must behave like Discord for the client tests to mean anything.</summary>
public sealed class FakeDiscordGatewayTests
{
    [Fact]
    public async Task ServesExtraRoutesAndGatewayBot_WhenRoutesAreMappedAtConstruction()
    {
        await using var fake = new FakeDiscordGateway(
            new FakeGatewayOptions { SessionStartRemaining = 7 },
            routes => routes.MapGet("/api/v10/users/@me", () => Results.Json(new { id = "1" })));
        await fake.StartAsync();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(fake.BaseUrl, "gateway/bot"));
        request.Headers.TryAddWithoutValidation("Authorization", $"Bot {fake.Options.Token}");

        using var extra = await http.GetAsync(new Uri(fake.BaseUrl, "users/@me"));
        using var gatewayBot = await http.SendAsync(request);

        extra.IsSuccessStatusCode.ShouldBeTrue();
        var body = await gatewayBot.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("url").GetString().ShouldBe(fake.GatewayUrl.AbsoluteUri);
        body.GetProperty("session_start_limit").GetProperty("remaining").GetInt32().ShouldBe(7);
        fake.BaseUrl.AbsoluteUri.ShouldStartWith("http://127.0.0.1:");
        fake.BaseUrl.AbsolutePath.ShouldBe("/api/v10/");
    }

    [Fact]
    public async Task Closes4004_WhenIdentifyCarriesAWrongToken()
    {
        await using var fake = new FakeDiscordGateway();
        await fake.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(fake.GatewayUrl, "?v=10&encoding=json"), CancellationToken.None);
        (await ReceiveTextAsync(socket)).ShouldContain("\"op\":10");

        await socket.SendAsync("""{"op":2,"d":{"token":"Bot wrong","intents":1,"properties":{}}}"""u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);

        var buffer = new byte[1024];
        var result = await socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(GatewayHarness.Deadline);
        result.MessageType.ShouldBe(WebSocketMessageType.Close);
        ((int?)socket.CloseStatus).ShouldBe(4004);
        fake.FramesWithOp(2).ShouldHaveSingleItem().StringField("token").ShouldBe("Bot wrong");
    }

    [Fact]
    public async Task SendsSyncFlushedZlibMessages_WhenCompressionIsRequested()
    {
        await using var fake = new FakeDiscordGateway();
        await fake.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(fake.GatewayUrl, "?v=10&encoding=json&compress=zlib-stream"), CancellationToken.None);

        var buffer = new byte[4096];
        var result = await socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(GatewayHarness.Deadline);

        result.MessageType.ShouldBe(WebSocketMessageType.Binary);
        buffer.AsSpan(result.Count - 4, 4).ToArray().ShouldBe(new byte[] { 0x00, 0x00, 0xFF, 0xFF });
        using var input = new MemoryStream(buffer, 0, result.Count);
        using var inflater = new ZLibStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(inflater, Encoding.UTF8);
        var hello = new char[64];
        var read = await reader.ReadAsync(hello);
        new string(hello, 0, read).ShouldStartWith("{\"op\":10,");
    }

    private static async Task<string> ReceiveTextAsync(ClientWebSocket socket)
    {
        var buffer = new byte[8192];
        var result = await socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(GatewayHarness.Deadline);
        return Encoding.UTF8.GetString(buffer, 0, result.Count);
    }
}
