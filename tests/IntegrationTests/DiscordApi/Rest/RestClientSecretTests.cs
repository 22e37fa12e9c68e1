using DiscordApi;
using DiscordApi.Messages;
using DiscordApi.Rest;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;

namespace ServerStatus.IntegrationTests.DiscordApi.Rest;

public sealed class RestClientSecretTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task NeverRevealsToken_WhenRequestsFailInEveryWay()
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.Enqueue("POST", "channels/{channel_id}/messages", FakeResponse.RateLimited(0.01));
        h.Fake.Enqueue("POST", "channels/{channel_id}/messages", FakeResponse.Error(400, 50035, "Invalid Form Body"));
        h.Fake.Enqueue("GET", "users/@me", FakeResponse.ServerError(502));
        h.Fake.Enqueue("GET", "applications/@me", FakeResponse.Error(403, 50013, "Missing Permissions"));
        var messages = new List<string>();

        messages.Add((await Should.ThrowAsync<DiscordApiException>(() => h.Client.CreateMessageAsync(1, OutgoingMessage.Text("x"), None))).ToString());
        await h.Client.GetCurrentUserAsync(None);
        messages.Add((await Should.ThrowAsync<DiscordApiException>(() => h.Client.GetCurrentApplicationAsync(None))).ToString());
        h.Fake.Token = "rotated";
        messages.Add((await Should.ThrowAsync<DiscordApiException>(() => h.Client.GetCurrentUserAsync(None))).ToString());
        messages.Add((await Should.ThrowAsync<DiscordApiException>(() => h.Client.DeleteMessageAsync(1, 2, None))).ToString());

        h.Fake.Requests.ShouldContain(r => r.Headers["Authorization"].Contains(FakeDiscordRest.DefaultToken, StringComparison.Ordinal));
        h.Logs.Entries.Count.ShouldBeGreaterThan(2);
        h.Logs.Entries.ShouldAllBe(e => !e.Text.Contains(FakeDiscordRest.DefaultToken, StringComparison.Ordinal));
        messages.ShouldAllBe(m => !m.Contains(FakeDiscordRest.DefaultToken, StringComparison.Ordinal));
        h.Client.ToString().ShouldNotContain(FakeDiscordRest.DefaultToken);
        new DiscordApiOptions { Token = FakeDiscordRest.DefaultToken }.ToString()!.ShouldNotContain(FakeDiscordRest.DefaultToken);
    }
}
