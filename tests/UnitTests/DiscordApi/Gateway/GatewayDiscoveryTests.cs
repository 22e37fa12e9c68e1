using System.Net;
using System.Text;
using DiscordApi;
using DiscordApi.Gateway;

namespace ServerStatus.UnitTests.DiscordApi.Gateway;

public sealed class GatewayDiscoveryTests
{
    private static readonly DiscordApiOptions Options = new()
    {
        Token = "discovery-secret-token",
        ApiBaseUrl = new Uri("https://discord.example/api/v10/"),
    };

    [Fact]
    public async Task SendsBotAuthorizationAndUserAgent_WhenAskingForTheGatewayUrl()
    {
        var handler = new StubHandler(HttpStatusCode.OK, """
            {"url":"wss://gateway.discord.gg","shards":1,
             "session_start_limit":{"total":1000,"remaining":998,"reset_after":14400000,"max_concurrency":1}}
            """);
        using var http = new HttpClient(handler);

        var info = await new GatewayDiscovery(http, Options).GetGatewayBotAsync(CancellationToken.None);

        handler.Request.ShouldNotBeNull();
        handler.Request.RequestUri.ShouldBe(new Uri("https://discord.example/api/v10/gateway/bot"));
        handler.Request.Headers.Authorization?.ToString().ShouldBe("Bot discovery-secret-token");
        handler.Request.Headers.UserAgent.ToString().ShouldMatch(@"^DiscordBot \(https://github\.com/serverstatus/serverstatus, \d+\.\d+\.\d+\)$");
        info.Url.ShouldBe(new Uri("wss://gateway.discord.gg"));
        info.SessionStartLimit.ShouldBe(new SessionStartLimit(1000, 998, TimeSpan.FromHours(4), 1));
    }

    [Fact]
    public async Task ThrowsFatalWithoutTheToken_WhenTokenIsRejected()
    {
        using var http = new HttpClient(new StubHandler(HttpStatusCode.Unauthorized, """{"message":"401: Unauthorized","code":0}"""));

        var error = await Should.ThrowAsync<GatewayFatalException>(() => new GatewayDiscovery(http, Options).GetGatewayBotAsync(CancellationToken.None));

        error.Message.ShouldContain("Discord:Token");
        error.ToString().ShouldNotContain(Options.Token);
    }

    [Fact]
    public async Task ThrowsRetryableError_WhenDiscordIsUnavailable()
    {
        using var http = new HttpClient(new StubHandler(HttpStatusCode.BadGateway, "<html>bad gateway</html>"));

        var error = await Should.ThrowAsync<HttpRequestException>(() => new GatewayDiscovery(http, Options).GetGatewayBotAsync(CancellationToken.None));

        error.StatusCode.ShouldBe(HttpStatusCode.BadGateway);
    }

    private sealed class StubHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        public HttpRequestMessage? Request { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Request = request;
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }
}
