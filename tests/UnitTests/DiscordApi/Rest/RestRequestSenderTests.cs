using System.Globalization;
using System.Net;
using System.Text;
using DiscordApi.Rest;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ServerStatus.UnitTests.DiscordApi.Rest;

/// <summary>The whole send pipeline on virtual time: an in-process handler answers, FakeTimeProvider drives every wait.</summary>
public sealed class RestRequestSenderTests : IDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UnixEpoch);
    private readonly ScriptedHandler _handler;
    private readonly HttpClient _http;
    private readonly RestRequestSender _sender;

    public RestRequestSenderTests()
    {
        _handler = new ScriptedHandler(_time);
        _http = new HttpClient(_handler);
        _sender = new RestRequestSender(_http, new Uri("http://discord.test/api/v10/"), "token", "DiscordBot (x, 1)", _time, NullLogger.Instance, new DiscordRestSettings());
    }

    public void Dispose()
    {
        _http.Dispose();
        _handler.Dispose();
    }

    [Fact]
    public async Task WaitsUntilResetAfter_WhenRemainingIsZero()
    {
        var route = RestRoute.Create(HttpMethod.Get, "channels/{channel_id}/pins", "1");
        _handler.Enqueue(Ok(remaining: 0, resetAfter: "5"));
        _handler.Enqueue(Ok(remaining: 4, resetAfter: "5"));
        (await _sender.SendAsync(route, null, retrySafe: true, CancellationToken.None))?.Dispose();

        var second = _sender.SendAsync(route, null, retrySafe: true, CancellationToken.None);
        await AdvanceUntilAsync(() => _handler.Received.Count == 2);
        (await second)?.Dispose();

        (_handler.Received[1] - _handler.Received[0]).ShouldBeInRange(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5) + Step);
    }

    [Fact]
    public async Task RetriesAfterFractionalRetryAfter_WhenCultureUsesDecimalComma()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            var route = RestRoute.Create(HttpMethod.Get, "users/@me");
            _handler.Enqueue(() => RateLimited("""{"message":"slow down","retry_after":1.5,"global":false}"""));
            _handler.Enqueue(Ok(remaining: 4, resetAfter: "1"));

            var call = _sender.SendAsync(route, null, retrySafe: true, CancellationToken.None);
            await AdvanceUntilAsync(() => _handler.Received.Count == 2);
            (await call)?.Dispose();

            (_handler.Received[1] - _handler.Received[0]).ShouldBeInRange(TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(1.5) + Step);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public async Task PausesOtherRoutesButNotCallbacks_WhenGlobal429()
    {
        _handler.Enqueue(() => RateLimited("""{"message":"global","retry_after":3,"global":true}"""));
        var limited = _sender.SendAsync(RestRoute.Create(HttpMethod.Get, "users/@me"), null, retrySafe: true, CancellationToken.None);
        await AdvanceUntilAsync(() => _sender.Global.PauseRemaining > TimeSpan.Zero, advance: false);
        _handler.Enqueue(() => new HttpResponseMessage(HttpStatusCode.NoContent));
        _handler.Enqueue(Ok(remaining: 4, resetAfter: "1"));
        _handler.Enqueue(Ok(remaining: 4, resetAfter: "1"));

        var callback = RestRoute.Create(HttpMethod.Post, "interactions/{interaction_id}/{interaction_token}/callback", "1", "t");
        (await _sender.SendAsync(callback, null, retrySafe: false, CancellationToken.None))?.Dispose();
        var callbackAt = _time.GetUtcNow();
        var other = _sender.SendAsync(RestRoute.Create(HttpMethod.Get, "applications/@me"), null, retrySafe: true, CancellationToken.None);
        await AdvanceUntilAsync(() => _handler.Received.Count == 4);
        (await limited)?.Dispose();
        (await other)?.Dispose();

        callbackAt.ShouldBe(DateTimeOffset.UnixEpoch);
        _handler.Received[2].ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(3));
        _handler.Received[3].ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(3));
    }

    /// <summary>Moves virtual time in small steps until <paramref name="condition"/> holds (real-time deadline 5 s).</summary>
    private async Task AdvanceUntilAsync(Func<bool> condition, bool advance = true)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (!condition())
        {
            TimeProvider.System.GetElapsedTime(started).ShouldBeLessThan(TimeSpan.FromSeconds(5), "condition never became true");
            await Task.Yield();
            await Task.Delay(TimeSpan.FromMilliseconds(1), TimeProvider.System);
            if (advance)
            {
                _time.Advance(Step);
            }
        }
    }

    private static Func<HttpResponseMessage> Ok(int remaining, string resetAfter) => () =>
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        response.Headers.TryAddWithoutValidation("X-RateLimit-Limit", "5");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", remaining.ToString(CultureInfo.InvariantCulture));
        response.Headers.TryAddWithoutValidation("X-RateLimit-Reset-After", resetAfter);
        response.Headers.TryAddWithoutValidation("X-RateLimit-Bucket", "hash");
        return response;
    };

    private static HttpResponseMessage RateLimited(string body) =>
        new(HttpStatusCode.TooManyRequests) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private sealed class ScriptedHandler(FakeTimeProvider time) : HttpMessageHandler
    {
        private readonly Queue<Func<HttpResponseMessage>> _responses = new();
        private readonly List<TimeSpan> _received = [];
        private readonly DateTimeOffset _start = time.GetUtcNow();

        /// <summary>Virtual arrival time of each request, relative to the test's start.</summary>
        public IReadOnlyList<TimeSpan> Received
        {
            get
            {
                lock (_received)
                {
                    return [.. _received];
                }
            }
        }

        public void Enqueue(Func<HttpResponseMessage> response)
        {
            lock (_responses)
            {
                _responses.Enqueue(response);
            }
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (_received)
            {
                _received.Add(time.GetUtcNow() - _start);
            }

            lock (_responses)
            {
                return Task.FromResult(_responses.Count > 0 ? _responses.Dequeue()() : new HttpResponseMessage(HttpStatusCode.InternalServerError));
            }
        }
    }
}
