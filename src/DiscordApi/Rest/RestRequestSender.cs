using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace DiscordApi.Rest;

/// <summary>
/// Sends one logical request through rate limiting (per-bucket FIFO + global token bucket), retries (429 always,
/// 5xx/timeouts only when safe) and the protections (401 stops everything, Cloudflare cool-down, invalid-request guard).
/// </summary>
internal sealed class RestRequestSender(
    HttpClient http,
    Uri baseUrl,
    string token,
    string userAgent,
    TimeProvider time,
    ILogger logger,
    DiscordRestSettings settings)
{
    private readonly BucketRegistry _buckets = new(time);
    private readonly GlobalRateLimiter _global = new(time, settings.GlobalRequestsPerSecond);
    private readonly InvalidRequestGuard _guard = new(time, settings.InvalidRequestLimit, settings.InvalidRequestWindow);
    private readonly long _origin = time.GetTimestamp();
    private long _sequence;
    private long _suspendedUntilTicks;
    private volatile bool _unauthorized;

    public BucketRegistry Buckets => _buckets;

    public GlobalRateLimiter Global => _global;

    public InvalidRequestGuard Guard => _guard;

    public bool IsStopped => _unauthorized;

    /// <summary>Sends the request; returns the parsed JSON body, or null for an empty (204) body.</summary>
    /// <param name="content">Creates the body anew for every attempt (HTTP content cannot be sent twice).</param>
    /// <param name="retrySafe">Whether repeating the request after a 5xx/timeout cannot duplicate its effect.</param>
    public async Task<JsonDocument?> SendAsync(RestRoute route, Func<HttpContent>? content, bool retrySafe, CancellationToken ct)
    {
        ThrowIfRefused(route);
        if (route.IsInteractionCallback)
        {
            // Unique per interaction: never queued behind a bucket nor the global limit.
            return await SendWithRetriesAsync(route, content, retrySafe, bucket: null, ct);
        }

        var bucket = _buckets.Resolve(route);
        using var queueTimeout = new CancellationTokenSource(settings.MaxQueueWait, time);
        using var queue = CancellationTokenSource.CreateLinkedTokenSource(ct, queueTimeout.Token);
        AsyncFifoLock.Releaser gate;
        try
        {
            gate = await bucket.Gate.AcquireAsync(queue.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"Discord {route.Display} waited longer than {settings.MaxQueueWait} in its rate-limit queue.");
        }

        using (gate)
        {
            return await SendWithRetriesAsync(route, content, retrySafe, bucket, ct);
        }
    }

    private async Task<JsonDocument?> SendWithRetriesAsync(
        RestRoute route, Func<HttpContent>? content, bool retrySafe, RateLimitBucket? bucket, CancellationToken ct)
    {
        var rateLimitRetries = 0;
        var serverRetries = 0;
        while (true)
        {
            ThrowIfRefused(route);
            if (bucket is not null)
            {
                await WaitAsync(route, bucket.GetDelay, ct);
            }

            if (!route.IsInteractionEndpoint)
            {
                await WaitAsync(route, _global.TryAcquire, ct);
            }

            ThrowIfRefused(route);
            bucket?.OnSend();
            var sequence = Interlocked.Increment(ref _sequence);
            HttpResponseMessage response;
            try
            {
                response = await SendOnceAsync(route, content, ct);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                if (retrySafe && serverRetries < settings.MaxServerErrorRetries)
                {
                    serverRetries++;
                    await BackoffAsync(route, ex is TaskCanceledException ? "timeout" : "network error", serverRetries, ct);
                    continue;
                }

                throw new DiscordApiException(DiscordErrorKind.Unavailable, $"Discord {route.Display} did not answer ({(ex is TaskCanceledException ? "timeout" : "network error")}).", route: route.Display, innerException: ex);
            }

            using (response)
            {
                var headers = RateLimitHeaders.From(response.Headers);
                if (bucket is not null)
                {
                    bucket = _buckets.Learn(route, headers.Bucket);
                    bucket.Update(headers.Limit, headers.Remaining, headers.ResetAfter, sequence);
                }

                var body = await response.Content.ReadAsStringAsync(ct);
                var status = response.StatusCode;
                if (status == HttpStatusCode.TooManyRequests)
                {
                    var retryAfter = OnRateLimited(route, headers, body, bucket, rateLimitRetries + 1);
                    if (route.IsInteractionCallback || rateLimitRetries >= settings.MaxRateLimitRetries)
                    {
                        var limited = DiscordErrorParser.ToException(status, body, route.Display);
                        limited.RetryAfter = retryAfter;
                        throw limited;
                    }

                    rateLimitRetries++;
                    ThrowIfTooLong(route, retryAfter);
                    await Task.Delay(retryAfter, time, ct);
                    continue;
                }

                if (status == HttpStatusCode.Unauthorized)
                {
                    _unauthorized = true;
                    RecordInvalid();
                    DiscordRestLog.Unauthorized(logger, route.Display);
                    var error = DiscordErrorParser.ToException(status, body, route.Display);
                    throw new DiscordApiException(DiscordErrorKind.Unauthorized, error.Message, status, error.ErrorCode, route.Display, error.FieldErrors);
                }

                if (status == HttpStatusCode.Forbidden)
                {
                    RecordInvalid();
                }

                if ((int)status >= 500 || (!response.IsSuccessStatusCode && DiscordErrorParser.Parse(body).Code == 130000))
                {
                    if (retrySafe && serverRetries < settings.MaxServerErrorRetries)
                    {
                        serverRetries++;
                        await BackoffAsync(route, "HTTP " + ((int)status).ToString(CultureInfo.InvariantCulture), serverRetries, ct);
                        continue;
                    }
                }

                if (!response.IsSuccessStatusCode)
                {
                    var error = DiscordErrorParser.ToException(status, body, route.Display);
                    DiscordRestLog.RequestFailed(logger, route.Display, (int)status, error.ErrorCode);
                    throw error;
                }

                return string.IsNullOrWhiteSpace(body) ? null : JsonDocument.Parse(body);
            }
        }
    }

    private TimeSpan OnRateLimited(RestRoute route, RateLimitHeaders headers, string body, RateLimitBucket? bucket, int attempt)
    {
        if (!headers.IsShared)
        {
            RecordInvalid();
        }

        if (!RateLimitHeaders.TryParseBody(body, out var bodyRetryAfter, out var bodyGlobal))
        {
            Interlocked.Exchange(ref _suspendedUntilTicks, (Now + settings.BanCooldown).Ticks);
            DiscordRestLog.BannedByCloudflare(logger, route.Display, settings.BanCooldown.TotalMinutes);
            throw new DiscordApiException(
                DiscordErrorKind.Suspended,
                $"Discord {route.Display} answered 429 without JSON (Cloudflare ban?); REST is suspended for {settings.BanCooldown}.",
                HttpStatusCode.TooManyRequests,
                route: route.Display);
        }

        var retryAfter = bodyRetryAfter ?? headers.RetryAfterHeader ?? headers.ResetAfter ?? settings.DefaultRetryAfter;
        var global = bodyGlobal || headers.IsGlobal || string.Equals(headers.Scope, "global", StringComparison.OrdinalIgnoreCase);
        if (global)
        {
            _global.Pause(retryAfter);
        }
        else
        {
            bucket?.Exhaust(retryAfter);
        }

        DiscordRestLog.RateLimited(logger, route.Display, headers.Bucket ?? "-", headers.Scope ?? "-", global, retryAfter.TotalMilliseconds, attempt);
        return retryAfter;
    }

    private async Task<HttpResponseMessage> SendOnceAsync(RestRoute route, Func<HttpContent>? content, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(route.Method, new Uri(baseUrl, route.Path));
        if (!route.IsInteractionEndpoint)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bot " + token);
        }

        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        request.Content = content?.Invoke();
        using var attemptTimeout = new CancellationTokenSource(settings.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, attemptTimeout.Token);
        return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token);
    }

    private async Task BackoffAsync(RestRoute route, string reason, int attempt, CancellationToken ct)
    {
        var delay = settings.ServerErrorBackoff * Math.Pow(2, attempt - 1);
        DiscordRestLog.RetryingServerError(logger, route.Display, reason, delay.TotalMilliseconds, attempt);
        await Task.Delay(delay, time, ct);
    }

    private async Task WaitAsync(RestRoute route, Func<TimeSpan> delay, CancellationToken ct)
    {
        for (var wait = delay(); wait > TimeSpan.Zero; wait = delay())
        {
            ThrowIfTooLong(route, wait);
            await Task.Delay(wait, time, ct);
        }
    }

    /// <summary>A caller never waits longer than <see cref="DiscordRestSettings.MaxQueueWait"/> for a rate limit: it gets an error to act on instead.</summary>
    private void ThrowIfTooLong(RestRoute route, TimeSpan wait)
    {
        if (wait > settings.MaxQueueWait)
        {
            throw new DiscordApiException(
                DiscordErrorKind.RateLimited,
                $"Discord {route.Display} is rate limited for another {wait}, longer than the {settings.MaxQueueWait} a request may wait.",
                route: route.Display)
            {
                RetryAfter = wait,
            };
        }
    }

    private void RecordInvalid()
    {
        if (_guard.Record())
        {
            DiscordRestLog.GuardTripped(logger, _guard.Count, settings.InvalidRequestWindow.TotalMinutes);
        }
    }

    private TimeSpan Now => time.GetElapsedTime(_origin);

    private void ThrowIfRefused(RestRoute route)
    {
        if (_unauthorized)
        {
            throw new DiscordApiException(
                DiscordErrorKind.Unauthorized,
                $"Discord {route.Display} not sent: the bot token was rejected earlier (401); REST is stopped.",
                route: route.Display);
        }

        var suspendedUntil = TimeSpan.FromTicks(Interlocked.Read(ref _suspendedUntilTicks));
        if (suspendedUntil > Now)
        {
            throw new DiscordApiException(
                DiscordErrorKind.Suspended,
                $"Discord {route.Display} not sent: REST is cooling down after a Cloudflare ban for another {suspendedUntil - Now}.",
                route: route.Display);
        }

        if (_guard.IsTripped)
        {
            throw new DiscordApiException(
                DiscordErrorKind.Suspended,
                $"Discord {route.Display} not sent: {_guard.Count} invalid requests in the last {settings.InvalidRequestWindow}; waiting for the window to drain.",
                route: route.Display);
        }
    }
}
