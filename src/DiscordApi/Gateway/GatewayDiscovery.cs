using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace DiscordApi.Gateway;

/// <summary>GET {ApiBaseUrl}gateway/bot: the gateway URL and the identify budget. Called before each fresh
/// Identify, never on resumes.</summary>
internal sealed class GatewayDiscovery(HttpClient httpClient, DiscordApiOptions options)
{
    public static string UserAgent { get; } =
        $"DiscordBot (https://github.com/serverstatus/serverstatus, {typeof(GatewayDiscovery).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"})";

    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(options.ApiBaseUrl, "gateway/bot"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Token);
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        using var response = await httpClient.SendAsync(request, ct);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new GatewayFatalException(
                null,
                "Discord rejected the bot token (GET gateway/bot answered 401): set a valid Discord:Token (Developer Portal → your application → Bot → Reset Token).");
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET gateway/bot answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        await using var body = await response.Content.ReadAsStreamAsync(ct);
        var payload = await JsonSerializer.DeserializeAsync<GatewayBotPayload>(body, GatewayEventParser.JsonOptions, ct)
            ?? throw new JsonException("GET gateway/bot returned null.");
        if (!Uri.TryCreate(payload.Url, UriKind.Absolute, out var url))
        {
            throw new JsonException("GET gateway/bot returned an invalid url.");
        }

        var limit = payload.SessionStartLimit;
        return new GatewayBotInfo(
            url,
            new SessionStartLimit(limit.Total, limit.Remaining, TimeSpan.FromMilliseconds(limit.ResetAfter), Math.Max(1, limit.MaxConcurrency)));
    }

    private sealed record GatewayBotPayload
    {
        public required string Url { get; init; }

        public required SessionStartLimitPayload SessionStartLimit { get; init; }
    }

    private sealed record SessionStartLimitPayload
    {
        public int Total { get; init; }

        public int Remaining { get; init; }

        public long ResetAfter { get; init; }

        public int MaxConcurrency { get; init; }
    }
}
