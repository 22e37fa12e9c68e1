using System.Globalization;
using DiscordApi.Messages;
using DiscordApi.Rest;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;

namespace ServerStatus.IntegrationTests.DiscordApi.Rest;

public sealed class RestClientRateLimitTests
{
    private const string Messages = "channels/{channel_id}/messages";
    private static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(30);
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task WaitsRetryAfterThenRetries_When429()
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.Enqueue("POST", Messages, FakeResponse.RateLimited(0.6));

        var sent = await h.Client.CreateMessageAsync(1, OutgoingMessage.Text("hi"), None);

        var requests = h.Fake.RequestsTo("POST", Messages);
        requests.Select(r => r.ResponseStatus).ShouldBe([429, 200]);
        (requests[1].ReceivedAt - requests[0].ReceivedAt).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.6) - Tolerance);
        requests[1].Json!["nonce"]!.ToString().ShouldBe(requests[0].Json!["nonce"]!.ToString());
        h.Fake.GetMessage(sent.Id).ShouldNotBeNull();
    }

    [Fact]
    public async Task GivesUpAfterThreeRetries_WhenAlways429()
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.Enqueue("GET", "users/@me", FakeResponse.RateLimited(0.05), times: 10);

        var ex = await Should.ThrowAsync<DiscordApiException>(() => h.Client.GetCurrentUserAsync(None));

        ex.Kind.ShouldBe(DiscordErrorKind.RateLimited);
        h.Fake.RequestsTo("GET", "users/@me").Count.ShouldBe(4);
    }

    [Fact]
    public async Task NeverSendsBeforeReset_WhenRemainingReachesZero()
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.SetRateLimit("POST", Messages, limit: 2, resetAfter: TimeSpan.FromSeconds(0.7));

        for (var i = 0; i < 4; i++)
        {
            await h.Client.CreateMessageAsync(1, OutgoingMessage.Text("m" + i), None);
        }

        var requests = h.Fake.RequestsTo("POST", Messages);
        h.Fake.RateLimitViolations.ShouldBe(0);
        requests.ShouldAllBe(r => r.ResponseStatus == 200);
        (requests[2].ReceivedAt - requests[0].ReceivedAt).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.7) - Tolerance);
    }

    [Fact]
    public async Task KeepsChannelsIndependent_WhenOneChannelIsExhausted()
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.SetRateLimit("POST", Messages, limit: 1, resetAfter: TimeSpan.FromSeconds(1));
        await h.Client.CreateMessageAsync(1, OutgoingMessage.Text("a1"), None);

        var secondInChannelOne = h.Client.CreateMessageAsync(1, OutgoingMessage.Text("a2"), None);
        await h.Client.CreateMessageAsync(2, OutgoingMessage.Text("b1"), None);
        await secondInChannelOne;

        var requests = h.Fake.RequestsTo("POST", Messages);
        requests.Select(r => r.Path).ShouldBe(["channels/1/messages", "channels/2/messages", "channels/1/messages"]);
        (requests[1].ReceivedAt - requests[0].ReceivedAt).ShouldBeLessThan(TimeSpan.FromSeconds(0.9));
        (requests[2].ReceivedAt - requests[0].ReceivedAt).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1) - Tolerance);
        h.Fake.RateLimitViolations.ShouldBe(0);
    }

    [Fact]
    public async Task SharesBucket_WhenRoutesReportSameHash()
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.SetRateLimit("PATCH", Messages + "/{message_id}", limit: 1, resetAfter: TimeSpan.FromSeconds(0.8), bucket: "msg-shared");
        h.Fake.SetRateLimit("DELETE", Messages + "/{message_id}", limit: 1, resetAfter: TimeSpan.FromSeconds(0.8), bucket: "msg-shared");
        var a = await h.Client.CreateMessageAsync(1, OutgoingMessage.Text("a"), None);
        var b = await h.Client.CreateMessageAsync(1, OutgoingMessage.Text("b"), None);
        await h.Client.EditMessageAsync(1, a.Id, OutgoingMessage.Text("a2"), None); // learns the hash for PATCH
        await h.Client.DeleteMessageAsync(1, a.Id, None);                          // first DELETE: hash not yet known, fake refuses
        h.Fake.RequestsTo("DELETE", Messages + "/{message_id}")[0].ResponseStatus.ShouldBe(429);

        await h.Client.EditMessageAsync(1, b.Id, OutgoingMessage.Text("b2"), None);
        await h.Client.DeleteMessageAsync(1, b.Id, None);

        var deletes = h.Fake.RequestsTo("DELETE", Messages + "/{message_id}");
        deletes.Count.ShouldBe(3); // 429 + retry for the first, then the second waited for the shared reset
        deletes[2].ResponseStatus.ShouldBe(204);
        h.Fake.RateLimitViolations.ShouldBe(1);
    }

    [Fact]
    public async Task PausesEverythingButInteractions_WhenGlobal429()
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.Enqueue("POST", Messages, FakeResponse.RateLimited(1.5, global: true));

        var create = h.Client.CreateMessageAsync(1, OutgoingMessage.Text("x"), None);
        var limited = await h.Fake.WaitForRequestAsync(r => r.ResponseStatus == 429, RestHarness.Timeout);
        await Eventually.HoldsAsync(() => h.Client.Sender.Global.PauseRemaining > TimeSpan.Zero, "the client to pause after the global 429");
        var other = h.Client.GetCurrentUserAsync(None);
        await h.Client.RespondToInteractionAsync(9, "tok-global", InteractionResponse.Defer(), None);
        await Task.WhenAll(create, other);

        var callback = h.Fake.RequestsTo("POST", "interactions/{interaction_id}/{interaction_token}/callback").ShouldHaveSingleItem();
        var me = h.Fake.RequestsTo("GET", "users/@me").ShouldHaveSingleItem();
        (callback.ReceivedAt - limited.ReceivedAt).ShouldBeLessThan(TimeSpan.FromSeconds(1));
        (me.ReceivedAt - limited.ReceivedAt).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1.5) - Tolerance);
        h.Fake.RequestsTo("POST", Messages).Count.ShouldBe(2);
    }

    [Fact]
    public async Task AnswersInteractionAtOnce_WhenChannelBucketIsSaturated()
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.SetRateLimit("POST", Messages, limit: 1, resetAfter: TimeSpan.FromSeconds(1.5));
        await h.Client.CreateMessageAsync(1, OutgoingMessage.Text("a"), None);
        var queued = h.Client.CreateMessageAsync(1, OutgoingMessage.Text("b"), None);

        var started = TimeProvider.System.GetTimestamp();
        await h.Client.RespondToInteractionAsync(10, "tok-busy", InteractionResponse.Defer(), None);
        var callbackTook = TimeProvider.System.GetElapsedTime(started);
        await queued;

        callbackTook.ShouldBeLessThan(TimeSpan.FromSeconds(1));
        h.Fake.Requests.Select(r => r.Template).ToArray()[1].ShouldBe("interactions/{interaction_id}/{interaction_token}/callback");
    }

    [Fact]
    public async Task StopsAllRest_When401()
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.Token = "a-different-token";

        var first = await Should.ThrowAsync<DiscordApiException>(() => h.Client.GetCurrentUserAsync(None));
        var second = await Should.ThrowAsync<DiscordApiException>(() => h.Client.CreateMessageAsync(1, OutgoingMessage.Text("x"), None));
        var third = await Should.ThrowAsync<DiscordApiException>(() => h.Client.RespondToInteractionAsync(1, "t", InteractionResponse.Defer(), None));

        first.Kind.ShouldBe(DiscordErrorKind.Unauthorized);
        first.IsFatal.ShouldBeTrue();
        second.IsFatal.ShouldBeTrue();
        third.IsFatal.ShouldBeTrue();
        h.Fake.Requests.Count.ShouldBe(1);
        h.Logs.Entries.ShouldContain(e => e.Level == Microsoft.Extensions.Logging.LogLevel.Critical);
    }

    [Fact]
    public async Task CoolsDownAndLogsError_WhenNonJson429()
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.Enqueue("GET", "users/@me", FakeResponse.CloudflareBan());

        var first = await Should.ThrowAsync<DiscordApiException>(() => h.Client.GetCurrentUserAsync(None));
        var second = await Should.ThrowAsync<DiscordApiException>(() => h.Client.GetCurrentApplicationAsync(None));

        first.Kind.ShouldBe(DiscordErrorKind.Suspended);
        second.Kind.ShouldBe(DiscordErrorKind.Suspended);
        h.Fake.Requests.Count.ShouldBe(1);
        h.Logs.Entries.ShouldContain(e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error && e.Text.Contains("non-JSON 429", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RetriesWithSameNonce_WhenCreateMessageGets5xx()
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.Enqueue("POST", Messages, FakeResponse.ServerError(502), times: 2);

        var sent = await h.Client.CreateMessageAsync(1, OutgoingMessage.Text("once"), None);

        var requests = h.Fake.RequestsTo("POST", Messages);
        requests.Select(r => r.ResponseStatus).ShouldBe([502, 502, 200]);
        requests.Select(r => r.Json!["nonce"]!.ToString()).Distinct().ShouldHaveSingleItem();
        requests.ShouldAllBe(r => r.Json!["enforce_nonce"]!.GetValue<bool>());
        h.Fake.MessagesIn(1).ShouldHaveSingleItem().Id.ShouldBe(sent.Id);
    }

    [Fact]
    public async Task RetriesSafeMethods_When503()
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.Enqueue("GET", "users/@me", FakeResponse.ServerError(503));
        h.Fake.Enqueue("GET", "applications/@me", FakeResponse.Error(503, 130000, "API resource is currently overloaded."));

        await h.Client.GetCurrentUserAsync(None);
        await h.Client.GetCurrentApplicationAsync(None);

        h.Fake.RequestsTo("GET", "users/@me").Count.ShouldBe(2);
        h.Fake.RequestsTo("GET", "applications/@me").Count.ShouldBe(2);
    }

    [Fact]
    public async Task DoesNotRetry_WhenUnsafePostGets5xx()
    {
        await using var h = await RestHarness.StartAsync();
        await h.Client.RespondToInteractionAsync(11, "tok-5xx", InteractionResponse.Defer(), None);
        h.Fake.Enqueue("POST", "webhooks/{webhook_id}/{webhook_token}", FakeResponse.ServerError(502));
        h.Fake.Enqueue("POST", "channels/{channel_id}/typing", FakeResponse.ServerError(500));

        var followup = await Should.ThrowAsync<DiscordApiException>(() => h.Client.CreateFollowupAsync(h.Fake.ApplicationId, "tok-5xx", OutgoingMessage.Text("x"), None));
        var typing = await Should.ThrowAsync<DiscordApiException>(() => h.Client.TriggerTypingAsync(1, None));

        followup.Kind.ShouldBe(DiscordErrorKind.ServerError);
        typing.Kind.ShouldBe(DiscordErrorKind.ServerError);
        h.Fake.RequestsTo("POST", "webhooks/{webhook_id}/{webhook_token}").Count.ShouldBe(1);
        h.Fake.RequestsTo("POST", "channels/{channel_id}/typing").Count.ShouldBe(1);
    }

    [Fact]
    public async Task TripsGuardButIgnoresShared_WhenInvalidRequestsPileUp()
    {
        var settings = new DiscordRestSettings { InvalidRequestLimit = 3, ServerErrorBackoff = TimeSpan.FromMilliseconds(10) };
        await using var h = await RestHarness.StartAsync(settings);
        h.Fake.Enqueue("GET", "users/@me", FakeResponse.RateLimited(0.02, scope: "shared"), times: 3);
        await h.Client.GetCurrentUserAsync(None);
        h.Client.Sender.Guard.Count.ShouldBe(0);
        h.Fake.Enqueue("GET", "guilds/{guild_id}/members/{user_id}", FakeResponse.Error(403, 50001, "Missing Access"), times: 3);

        for (var i = 0; i < 3; i++)
        {
            (await Should.ThrowAsync<DiscordApiException>(() => h.Client.GetGuildMemberAsync(1, 2, None))).Kind.ShouldBe(DiscordErrorKind.MissingAccess);
        }

        var refused = await Should.ThrowAsync<DiscordApiException>(() => h.Client.GetCurrentUserAsync(None));

        refused.Kind.ShouldBe(DiscordErrorKind.Suspended);
        h.Fake.RequestsTo("GET", "users/@me").Count.ShouldBe(4);
        h.Logs.Entries.ShouldContain(e => e.Text.Contains("guard tripped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HonoursFractionalRetryAfter_WhenCultureUsesDecimalComma()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            await using var h = await RestHarness.StartAsync();
            h.Fake.Enqueue("GET", "users/@me", FakeResponse.RateLimited(1.5));
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));

            await h.Client.GetCurrentUserAsync(deadline.Token);

            var requests = h.Fake.RequestsTo("GET", "users/@me");
            requests.Count.ShouldBe(2);
            var waited = requests[1].ReceivedAt - requests[0].ReceivedAt;
            waited.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1.5) - Tolerance);
            waited.ShouldBeLessThan(TimeSpan.FromSeconds(2.5));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public async Task RetriesSafeRequest_WhenAttemptTimesOut()
    {
        var settings = new DiscordRestSettings { RequestTimeout = TimeSpan.FromMilliseconds(300), ServerErrorBackoff = TimeSpan.FromMilliseconds(10) };
        await using var h = await RestHarness.StartAsync(settings);
        h.Fake.Enqueue("GET", "users/@me", FakeResponse.Hang(TimeSpan.FromSeconds(5)));
        h.Fake.Enqueue("POST", "channels/{channel_id}/typing", FakeResponse.Hang(TimeSpan.FromSeconds(5)));

        var user = await h.Client.GetCurrentUserAsync(None);
        var typing = await Should.ThrowAsync<DiscordApiException>(() => h.Client.TriggerTypingAsync(1, None));

        user.Id.ShouldBe(h.Fake.BotUserId);
        h.Fake.RequestsTo("GET", "users/@me").Count.ShouldBe(2);
        typing.Kind.ShouldBe(DiscordErrorKind.Unavailable);
        h.Fake.RequestsTo("POST", "channels/{channel_id}/typing").Count.ShouldBe(1);
    }

    [Fact]
    public async Task FailsInsteadOfWaiting_WhenRetryAfterExceedsMaxQueueWait()
    {
        var settings = new DiscordRestSettings { MaxQueueWait = TimeSpan.FromMilliseconds(500) };
        await using var h = await RestHarness.StartAsync(settings);
        h.Fake.Enqueue("POST", Messages, FakeResponse.RateLimited(30, scope: "shared"));
        var started = TimeProvider.System.GetTimestamp();

        var first = await Should.ThrowAsync<DiscordApiException>(() => h.Client.CreateMessageAsync(1, OutgoingMessage.Text("x"), None));
        var second = await Should.ThrowAsync<DiscordApiException>(() => h.Client.CreateMessageAsync(1, OutgoingMessage.Text("y"), None));

        first.Kind.ShouldBe(DiscordErrorKind.RateLimited);
        second.Kind.ShouldBe(DiscordErrorKind.RateLimited);
        TimeProvider.System.GetElapsedTime(started).ShouldBeLessThan(TimeSpan.FromSeconds(5));
        h.Fake.RequestsTo("POST", Messages).Count.ShouldBe(1);
    }
}
