using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ServerStatus.IntegrationTests.FakeDiscord.Rest;

/// <summary>
/// A fake Discord REST API v10 for tests: realistic rate-limit headers, scripted failures, Discord-style errors
/// (including 50035 for over-limit bodies), a message store, and a recording of every request.
/// Map it onto an existing app with <see cref="MapRoutes"/>, or run it alone with <see cref="StartAsync"/>.
/// </summary>
public sealed class FakeDiscordRest : IAsyncDisposable
{
    public const string DefaultToken = "FAKE.discord-bot-token.never-log-me";
    public const string ApiPrefix = "/api/v10";

    private const long DiscordEpochMs = 1420070400000;

    private static readonly (string Method, string Template)[] Routes =
    [
        ("POST", "channels/{channel_id}/messages"),
        ("PATCH", "channels/{channel_id}/messages/{message_id}"),
        ("DELETE", "channels/{channel_id}/messages/{message_id}"),
        ("PUT", "channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me"),
        ("DELETE", "channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me"),
        ("POST", "channels/{channel_id}/typing"),
        ("POST", "users/@me/channels"),
        ("GET", "users/@me"),
        ("GET", "applications/@me"),
        ("GET", "guilds/{guild_id}/members/{user_id}"),
        ("GET", "applications/{application_id}/commands"),
        ("PUT", "applications/{application_id}/commands"),
        ("GET", "applications/{application_id}/guilds/{guild_id}/commands"),
        ("PUT", "applications/{application_id}/guilds/{guild_id}/commands"),
        ("POST", "interactions/{interaction_id}/{interaction_token}/callback"),
        ("POST", "webhooks/{webhook_id}/{webhook_token}"),
        ("PATCH", "webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"),
        ("DELETE", "webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"),
    ];

    private static readonly string[] MajorParameters = ["channel_id", "guild_id", "webhook_id", "webhook_token"];

    private readonly Lock _sync = new();
    private readonly TimeProvider _time;
    private readonly long _origin;
    private readonly List<FakeRequest> _requests = [];
    private readonly List<(Func<FakeRequest, bool> Predicate, TaskCompletionSource<FakeRequest> Done)> _waiters = [];
    private readonly List<Script> _scripts = [];
    private readonly Dictionary<string, FakeRouteLimit> _limits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BucketState> _buckets = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, FakeMessage> _messages = [];
    private readonly Dictionary<ulong, ulong> _dmChannels = [];
    private readonly HashSet<ulong> _closedDms = [];
    private readonly Dictionary<(ulong Guild, ulong User), ulong[]> _members = [];
    private readonly Dictionary<string, JsonArray> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeInteraction> _interactions = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, int> _typing = [];
    private long _sequence;
    private long _snowflakes;
    private int _violations;
    private WebApplication? _app;
    private Uri? _baseUrl;

    public FakeDiscordRest(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        _origin = _time.GetTimestamp();
    }

    /// <summary>The bot token the fake accepts (<c>Authorization: Bot &lt;token&gt;</c>).</summary>
    public string Token { get; set; } = DefaultToken;

    public ulong ApplicationId { get; set; } = 1_100_000_000_000_000_001;

    public ulong BotUserId { get; set; } = 1_100_000_000_000_000_002;

    public string BotUsername { get; set; } = "ServerStatus";

    /// <summary>Rate limit of routes without their own (<see cref="SetRateLimit"/>); the bucket hash is derived from the route.</summary>
    public (int Limit, TimeSpan ResetAfter) DefaultLimit { get; set; } = (50, TimeSpan.FromSeconds(1));

    /// <summary>API base URL including <c>/api/v10/</c>, as the client needs it.</summary>
    public Uri BaseUrl => _baseUrl ?? throw new InvalidOperationException("Call StartAsync() or UseServerAddress() first.");

    /// <summary>Requests that arrived while their bucket was exhausted (a well-behaved client causes none).</summary>
    public int RateLimitViolations
    {
        get
        {
            lock (_sync)
            {
                return _violations;
            }
        }
    }

    public IReadOnlyList<FakeRequest> Requests
    {
        get
        {
            lock (_sync)
            {
                return [.. _requests];
            }
        }
    }

    public IReadOnlyList<FakeMessage> Messages
    {
        get
        {
            lock (_sync)
            {
                return [.. _messages.Values.OrderBy(m => m.Id)];
            }
        }
    }

    /// <summary>Maps the fake's endpoints under <c>/api/v10</c> onto <paramref name="endpoints"/> (e.g. an app that also hosts the fake gateway).</summary>
    public void MapRoutes(IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(ApiPrefix);
        foreach (var (method, template) in Routes)
        {
            group.MapMethods("/" + template, [method], (RequestDelegate)(context => HandleAsync(context, method, template)));
        }
    }

    /// <summary>When hosted by someone else's app: tell the fake its server root, e.g. <c>http://127.0.0.1:5123</c>.</summary>
    public void UseServerAddress(Uri serverRoot)
    {
        ArgumentNullException.ThrowIfNull(serverRoot);
        _baseUrl = new Uri(serverRoot.GetLeftPart(UriPartial.Authority) + ApiPrefix + "/");
    }

    /// <summary>Starts a standalone Kestrel server on 127.0.0.1 with a free port.</summary>
    public async Task StartAsync(CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        MapRoutes(app);
        await app.StartAsync(ct);
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        UseServerAddress(new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>Sets the limit the fake enforces and reports for one route (e.g. <c>("POST", "channels/{channel_id}/messages")</c>).</summary>
    public void SetRateLimit(string method, string template, int limit, TimeSpan resetAfter, string? bucket = null)
    {
        lock (_sync)
        {
            _limits[method + " " + template] = new FakeRouteLimit(limit, resetAfter, bucket ?? DefaultBucket(method, template));
        }
    }

    /// <summary>Answers the next <paramref name="times"/> requests matching method and template (<c>"*"</c> matches any) with <paramref name="response"/>.</summary>
    public void Enqueue(string method, string template, FakeResponse response, int times = 1)
    {
        lock (_sync)
        {
            _scripts.Add(new Script(method, template, response, times));
        }
    }

    /// <summary>Returns the first request (already received or still to come) that matches, or throws <see cref="TimeoutException"/>.</summary>
    public async Task<FakeRequest> WaitForRequestAsync(Func<FakeRequest, bool> predicate, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        TaskCompletionSource<FakeRequest> done;
        lock (_sync)
        {
            if (_requests.FirstOrDefault(predicate) is { } existing)
            {
                return existing;
            }

            done = new TaskCompletionSource<FakeRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((predicate, done));
        }

        try
        {
            return await done.Task.WaitAsync(timeout, _time);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No matching request within {timeout}. Received: {string.Join("; ", Requests)}");
        }
    }

    /// <summary>
    /// Every request as one JSON line <c>{method, template, body}</c>, the input of a schema check against Discord's
    /// OpenAPI spec (see the implementer's guide, section 7.4).
    /// </summary>
    public string ExportJsonLines() => string.Join('\n', Requests.Select(r => new JsonObject
    {
        ["method"] = r.Method.ToLowerInvariant(),
        ["template"] = "/" + r.Template,
        ["body"] = r.Json?.DeepClone(),
    }.ToJsonString()));

    public IReadOnlyList<FakeRequest> RequestsTo(string method, string template) =>
        [.. Requests.Where(r => r.Method == method && r.Template == template)];

    public FakeMessage? GetMessage(ulong id)
    {
        lock (_sync)
        {
            return _messages.GetValueOrDefault(id);
        }
    }

    public IReadOnlyList<FakeMessage> MessagesIn(ulong channelId) => [.. Messages.Where(m => m.ChannelId == channelId)];

    public FakeInteraction? GetInteraction(string token)
    {
        lock (_sync)
        {
            return _interactions.GetValueOrDefault(token);
        }
    }

    /// <summary>A message a user posted (delivered through the gateway), so the bot can react to it or delete it.</summary>
    public FakeMessage AddUserMessage(ulong channelId, ulong messageId, string content)
    {
        lock (_sync)
        {
            var message = new FakeMessage { Id = messageId, ChannelId = channelId, Content = content };
            _messages[messageId] = message;
            return message;
        }
    }

    /// <summary>
    /// Tells the fake that the interaction <paramref name="token"/> is a click on a component of
    /// <paramref name="messageId"/> (the gateway side knows this, REST does not): its <c>@original</c> is that message.
    /// </summary>
    public void RegisterComponentInteraction(ulong interactionId, string token, ulong messageId)
    {
        lock (_sync)
        {
            _interactions[token] = new FakeInteraction
            {
                Id = interactionId,
                Token = token,
                Original = _messages.GetValueOrDefault(messageId),
            };
        }
    }

    public int TypingCount(ulong channelId)
    {
        lock (_sync)
        {
            return _typing.GetValueOrDefault(channelId);
        }
    }

    /// <summary>The DM channel the fake assigned to a user, if the bot opened one.</summary>
    public ulong? DmChannelOf(ulong userId)
    {
        lock (_sync)
        {
            return _dmChannels.TryGetValue(userId, out var channel) ? channel : null;
        }
    }

    /// <summary>Messages to this user's DM channel fail with 50007 (Cannot send messages to this user).</summary>
    public void CloseDirectMessages(ulong userId)
    {
        lock (_sync)
        {
            _closedDms.Add(userId);
        }
    }

    public void AddMember(ulong guildId, ulong userId, params ulong[] roleIds)
    {
        lock (_sync)
        {
            _members[(guildId, userId)] = roleIds;
        }
    }

    /// <summary>Registered commands as Discord would return them (global when <paramref name="guildId"/> is null).</summary>
    public JsonArray GetCommands(ulong applicationId, ulong? guildId = null)
    {
        lock (_sync)
        {
            return _commands.TryGetValue(CommandsKey(applicationId, guildId), out var commands) ? (JsonArray)commands.DeepClone() : [];
        }
    }

    private static string CommandsKey(ulong applicationId, ulong? guildId) =>
        guildId is { } guild ? $"{applicationId}/{guild}" : applicationId.ToString(CultureInfo.InvariantCulture);

    private static string DefaultBucket(string method, string template) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(method + " " + template)))[..16];

    private TimeSpan Now => _time.GetElapsedTime(_origin);

    private async Task HandleAsync(HttpContext context, string method, string template)
    {
        var received = Now;
        var (body, json, files) = await ReadBodyAsync(context.Request);
        var request = new FakeRequest
        {
            Sequence = Interlocked.Increment(ref _sequence),
            Method = method,
            Template = template,
            Path = context.Request.Path.Value?[(ApiPrefix.Length + 1)..] ?? "",
            RawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "",
            RouteValues = context.Request.RouteValues.ToDictionary(v => v.Key, v => Convert.ToString(v.Value, CultureInfo.InvariantCulture) ?? "", StringComparer.Ordinal),
            Headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            ContentType = context.Request.ContentType ?? "",
            Body = body,
            Json = json,
            Files = files,
            ReceivedAt = received,
        };

        Reply reply;
        lock (_sync)
        {
            reply = Process(request);
            request.ResponseStatus = reply.Status;
            _requests.Add(request);
            foreach (var waiter in _waiters.Where(w => w.Predicate(request)).ToArray())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(request);
            }
        }

        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, _time, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return; // the client gave up (timeout): nothing to answer
            }
        }

        context.Response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (reply.Body is not null)
        {
            context.Response.ContentType = reply.ContentType;
            await context.Response.WriteAsync(reply.Body);
        }
    }

    private static async Task<(string Body, JsonNode? Json, IReadOnlyList<FakeFilePart> Files)> ReadBodyAsync(HttpRequest request)
    {
        string body;
        var files = new List<FakeFilePart>();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            body = form["payload_json"].ToString();
            foreach (var file in form.Files)
            {
                using var stream = new MemoryStream();
                await file.CopyToAsync(stream);
                files.Add(new FakeFilePart(file.Name, file.FileName, file.ContentType, stream.ToArray()));
            }
        }
        else
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            body = await reader.ReadToEndAsync();
        }

        JsonNode? json = null;
        if (!string.IsNullOrWhiteSpace(body))
        {
            try
            {
                json = JsonNode.Parse(body);
            }
            catch (JsonException)
            {
                json = null;
            }
        }

        return (body, json, files);
    }

    private Reply Process(FakeRequest request)
    {
        var script = _scripts.FirstOrDefault(s => s.Remaining > 0
            && (s.Method == "*" || s.Method == request.Method)
            && (s.Template == "*" || s.Template == request.Template));
        if (script is not null)
        {
            script.Remaining--;
            return new Reply(script.Response.Status, script.Response.Body, script.Response.ContentType, new Dictionary<string, string>(script.Response.Headers))
            {
                Delay = script.Response.Delay,
            };
        }

        var isInteraction = request.Template.StartsWith("interactions/", StringComparison.Ordinal)
            || request.Template.StartsWith("webhooks/", StringComparison.Ordinal);
        if (!isInteraction && (!request.Headers.TryGetValue("Authorization", out var auth) || auth != "Bot " + Token))
        {
            return Error(401, 0, "401: Unauthorized");
        }

        if (request.Body.Length > 0 && request.Json is null)
        {
            return Error(400, 50109, "The request body contains invalid JSON.");
        }

        if (request.Body.Length > 0 && request.Files.Count == 0
            && !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Error(400, 50035, "Invalid Form Body");
        }

        var rateHeaders = new Dictionary<string, string>();
        if (!request.Template.StartsWith("interactions/", StringComparison.Ordinal))
        {
            var limited = ApplyRateLimit(request, rateHeaders);
            if (limited is not null)
            {
                return limited;
            }
        }

        var reply = Route(request);
        foreach (var (name, value) in rateHeaders)
        {
            reply.Headers[name] = value;
        }

        return reply;
    }

    private Reply? ApplyRateLimit(FakeRequest request, Dictionary<string, string> headers)
    {
        var key = request.Method + " " + request.Template;
        var limit = _limits.GetValueOrDefault(key)
            ?? new FakeRouteLimit(DefaultLimit.Limit, DefaultLimit.ResetAfter, DefaultBucket(request.Method, request.Template));
        var majors = string.Join("&", MajorParameters.Where(request.RouteValues.ContainsKey).Select(p => p + "=" + request.RouteValues[p]));
        var stateKey = limit.Bucket + "|" + majors;
        var now = Now;
        if (!_buckets.TryGetValue(stateKey, out var state) || now >= state.ResetAt)
        {
            state = new BucketState { Remaining = limit.Limit, ResetAt = now + limit.ResetAfter };
            _buckets[stateKey] = state;
        }

        var resetAfter = state.ResetAt - now;
        headers["X-RateLimit-Limit"] = limit.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Bucket"] = limit.Bucket;
        headers["X-RateLimit-Reset-After"] = resetAfter.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = ((_time.GetUtcNow() + resetAfter).ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
        if (state.Remaining <= 0)
        {
            _violations++;
            headers["X-RateLimit-Remaining"] = "0";
            headers["X-RateLimit-Scope"] = "user";
            headers["Retry-After"] = Math.Ceiling(resetAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            var body = new JsonObject
            {
                ["message"] = "You are being rate limited.",
                ["retry_after"] = Math.Round(resetAfter.TotalSeconds, 3),
                ["global"] = false,
            };
            return new Reply(429, body.ToJsonString(), "application/json", headers);
        }

        state.Remaining--;
        headers["X-RateLimit-Remaining"] = state.Remaining.ToString(CultureInfo.InvariantCulture);
        return null;
    }

    private Reply Route(FakeRequest request)
    {
        var v = request.RouteValues;
        var body = request.Json as JsonObject ?? [];
        return (request.Method, request.Template) switch
        {
            ("POST", "channels/{channel_id}/messages") => CreateChannelMessage(Id(v["channel_id"]), body, request.Files),
            ("PATCH", "channels/{channel_id}/messages/{message_id}") => EditMessage(FindMessage(Id(v["channel_id"]), v["message_id"]), body, request.Files),
            ("DELETE", "channels/{channel_id}/messages/{message_id}") => DeleteMessage(FindMessage(Id(v["channel_id"]), v["message_id"])),
            ("PUT", "channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me") => React(FindMessage(Id(v["channel_id"]), v["message_id"]), v["emoji"], add: true),
            ("DELETE", "channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me") => React(FindMessage(Id(v["channel_id"]), v["message_id"]), v["emoji"], add: false),
            ("POST", "channels/{channel_id}/typing") => Typing(Id(v["channel_id"])),
            ("POST", "users/@me/channels") => OpenDm(body),
            ("GET", "users/@me") => Json(200, new JsonObject { ["id"] = Str(BotUserId), ["username"] = BotUsername, ["bot"] = true }),
            ("GET", "applications/@me") => Json(200, new JsonObject { ["id"] = Str(ApplicationId), ["name"] = BotUsername, ["bot"] = new JsonObject { ["id"] = Str(BotUserId) } }),
            ("GET", "guilds/{guild_id}/members/{user_id}") => Member(Id(v["guild_id"]), Id(v["user_id"])),
            ("GET", "applications/{application_id}/commands") => Json(200, GetCommandsUnlocked(Id(v["application_id"]), null)),
            ("PUT", "applications/{application_id}/commands") => OverwriteCommands(Id(v["application_id"]), null, request.Json),
            ("GET", "applications/{application_id}/guilds/{guild_id}/commands") => Json(200, GetCommandsUnlocked(Id(v["application_id"]), Id(v["guild_id"]))),
            ("PUT", "applications/{application_id}/guilds/{guild_id}/commands") => OverwriteCommands(Id(v["application_id"]), Id(v["guild_id"]), request.Json),
            ("POST", "interactions/{interaction_id}/{interaction_token}/callback") => Callback(Id(v["interaction_id"]), v["interaction_token"], body, request.Files),
            ("POST", "webhooks/{webhook_id}/{webhook_token}") => Followup(Id(v["webhook_id"]), v["webhook_token"], body, request.Files),
            ("PATCH", "webhooks/{webhook_id}/{webhook_token}/messages/{message_id}") => EditMessage(FindWebhookMessage(v["webhook_token"], v["message_id"]), body, request.Files),
            ("DELETE", "webhooks/{webhook_id}/{webhook_token}/messages/{message_id}") => DeleteMessage(FindWebhookMessage(v["webhook_token"], v["message_id"])),
            _ => Error(404, 0, "404: Not Found"),
        };
    }

    private Reply CreateChannelMessage(ulong channelId, JsonObject body, IReadOnlyList<FakeFilePart> files)
    {
        var dmUser = _dmChannels.FirstOrDefault(d => d.Value == channelId).Key;
        if (dmUser != 0 && _closedDms.Contains(dmUser))
        {
            return Error(403, 50007, "Cannot send messages to this user");
        }

        if (body["enforce_nonce"]?.GetValueKind() == JsonValueKind.True && body["nonce"]?.ToString() is { } nonce
            && _messages.Values.FirstOrDefault(m => m.ChannelId == channelId && m.Nonce == nonce) is { } duplicate)
        {
            return Json(200, MessageJson(duplicate));
        }

        return CreateMessage(channelId, body, files, interactionToken: null, out _);
    }

    private Reply CreateMessage(ulong channelId, JsonObject body, IReadOnlyList<FakeFilePart> files, string? interactionToken, out FakeMessage? created)
    {
        created = null;
        if (FakeBodyValidator.ValidateMessage(body) is { } invalid)
        {
            return Json(400, invalid);
        }

        if (FakeBodyValidator.IsEmpty(body, files.Count))
        {
            return Error(400, 50006, "Cannot send an empty message");
        }

        var message = new FakeMessage
        {
            Id = NextId(),
            ChannelId = channelId,
            Content = body["content"]?.GetValue<string>(),
            Embeds = body["embeds"] is JsonArray embeds ? (JsonArray)embeds.DeepClone() : [],
            Components = body["components"] is JsonArray components ? (JsonArray)components.DeepClone() : [],
            AllowedMentions = body["allowed_mentions"]?.DeepClone() as JsonObject,
            ReplyTo = body["message_reference"]?["message_id"] is { } reference ? Id(reference.ToString()) : null,
            Flags = (int?)body["flags"] ?? 0,
            Nonce = body["nonce"]?.ToString(),
            Attachments = files,
            InteractionToken = interactionToken,
        };
        _messages[message.Id] = message;
        created = message;
        return Json(200, MessageJson(message));
    }

    private Reply EditMessage(FakeMessage? message, JsonObject body, IReadOnlyList<FakeFilePart> files)
    {
        if (message is null)
        {
            return Error(404, 10008, "Unknown Message");
        }

        if (FakeBodyValidator.ValidateMessage(body) is { } invalid)
        {
            return Json(400, invalid);
        }

        if (body.ContainsKey("content"))
        {
            message.Content = body["content"]?.GetValue<string>();
        }

        if (body.ContainsKey("embeds"))
        {
            message.Embeds = body["embeds"] is JsonArray embeds ? (JsonArray)embeds.DeepClone() : [];
        }

        if (body.ContainsKey("components"))
        {
            message.Components = body["components"] is JsonArray components ? (JsonArray)components.DeepClone() : [];
        }

        if (body["flags"] is { } flags)
        {
            message.Flags = (int)flags;
        }

        if (files.Count > 0)
        {
            message.Attachments = files;
        }

        message.Edits.Add((JsonObject)body.DeepClone());
        return Json(200, MessageJson(message));
    }

    private static Reply DeleteMessage(FakeMessage? message)
    {
        if (message is null)
        {
            return Error(404, 10008, "Unknown Message");
        }

        message.IsDeleted = true;
        return NoContent();
    }

    private static Reply React(FakeMessage? message, string emoji, bool add)
    {
        if (message is null)
        {
            return Error(404, 10008, "Unknown Message");
        }

        // A still-encoded emoji (%xx after routing decoded once) means the client encoded it twice.
        if (emoji.Contains('%', StringComparison.Ordinal) || emoji.Length == 0)
        {
            return Error(400, 10014, "Unknown Emoji");
        }

        if (add)
        {
            message.Reactions.Add(emoji);
        }
        else
        {
            message.Reactions.Remove(emoji);
        }

        return NoContent();
    }

    private Reply Typing(ulong channelId)
    {
        _typing[channelId] = _typing.GetValueOrDefault(channelId) + 1;
        return NoContent();
    }

    private Reply OpenDm(JsonObject body)
    {
        if (body["recipient_id"]?.ToString() is not { } recipient || !ulong.TryParse(recipient, NumberStyles.None, CultureInfo.InvariantCulture, out var userId))
        {
            var validator = new JsonObject
            {
                ["code"] = 50035,
                ["message"] = "Invalid Form Body",
                ["errors"] = new JsonObject { ["recipient_id"] = new JsonObject { ["_errors"] = new JsonArray(new JsonObject { ["code"] = "BASE_TYPE_REQUIRED", ["message"] = "This field is required" }) } },
            };
            return Json(400, validator);
        }

        if (!_dmChannels.TryGetValue(userId, out var channelId))
        {
            channelId = NextId();
            _dmChannels[userId] = channelId;
        }

        return Json(200, new JsonObject
        {
            ["id"] = Str(channelId),
            ["type"] = 1,
            ["recipients"] = new JsonArray(new JsonObject { ["id"] = Str(userId), ["username"] = "user" + userId }),
        });
    }

    private Reply Member(ulong guildId, ulong userId) =>
        _members.TryGetValue((guildId, userId), out var roles)
            ? Json(200, new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = Str(userId), ["username"] = "user" + userId },
                ["roles"] = new JsonArray([.. roles.Select(r => (JsonNode)Str(r))]),
                ["nick"] = null,
                ["joined_at"] = "2024-01-01T00:00:00.000000+00:00",
            })
            : Error(404, 10007, "Unknown Member");

    private JsonArray GetCommandsUnlocked(ulong applicationId, ulong? guildId) =>
        _commands.TryGetValue(CommandsKey(applicationId, guildId), out var commands) ? (JsonArray)commands.DeepClone() : [];

    private Reply OverwriteCommands(ulong applicationId, ulong? guildId, JsonNode? json)
    {
        if (json is not JsonArray desired)
        {
            return Error(400, 50035, "Invalid Form Body");
        }

        var stored = new JsonArray();
        foreach (var node in desired)
        {
            var command = (JsonObject)node!.DeepClone();
            var name = command["name"]?.ToString();
            var existing = GetCommandsUnlocked(applicationId, guildId).FirstOrDefault(c => c?["name"]?.ToString() == name);
            command["id"] = existing?["id"]?.DeepClone() ?? Str(NextId());
            command["application_id"] = Str(applicationId);
            command["version"] = Str(NextId());
            if (guildId is { } guild)
            {
                command["guild_id"] = Str(guild);
            }

            // What Discord adds on its own: defaults the client must not mistake for a change.
            command["default_member_permissions"] ??= null;
            command["nsfw"] ??= false;
            command["contexts"] ??= new JsonArray(0, 1, 2);
            command["integration_types"] ??= new JsonArray(0);
            stored.Add(command);
        }

        _commands[CommandsKey(applicationId, guildId)] = stored;
        return Json(200, stored.DeepClone());
    }

    private Reply Callback(ulong interactionId, string token, JsonObject body, IReadOnlyList<FakeFilePart> files)
    {
        if (!_interactions.TryGetValue(token, out var interaction))
        {
            interaction = new FakeInteraction { Id = interactionId, Token = token };
            _interactions[token] = interaction;
        }

        interaction.Callbacks.Add((JsonObject)body.DeepClone());
        if (interaction.Callbacks.Count > 1)
        {
            return Error(400, 40060, "Interaction has already been acknowledged.");
        }

        var type = (int?)body["type"] ?? 0;
        var data = body["data"] as JsonObject ?? [];
        switch (type)
        {
            case 4:
                var reply = CreateMessage(0, data, files, token, out var created);
                interaction.Original = created;
                return created is null ? Refused(reply, interaction) : NoContent();
            case 5:
                interaction.Original = new FakeMessage { Id = NextId(), ChannelId = 0, Content = null, InteractionToken = token, Flags = (int?)data["flags"] ?? 0 };
                _messages[interaction.Original.Id] = interaction.Original;
                return NoContent();
            case 7 when interaction.Original is not null:
                // UPDATE_MESSAGE edits the message that carries the component.
                var updated = EditMessage(interaction.Original, data, files);
                return updated.Status == 200 ? NoContent() : Refused(updated, interaction);
            case 6 or 7 or 1 or 9:
                if (type == 7 && FakeBodyValidator.ValidateMessage(data) is { } invalid)
                {
                    interaction.Callbacks.Clear();
                    return Json(400, invalid);
                }

                return NoContent();
            case 8:
                if (FakeBodyValidator.ValidateChoices(body) is { } tooMany)
                {
                    interaction.Callbacks.Clear();
                    return Json(400, tooMany);
                }

                return NoContent();
            default:
                interaction.Callbacks.Clear();
                return Error(400, 50035, "Invalid Form Body");
        }
    }

    private static Reply Refused(Reply failure, FakeInteraction interaction)
    {
        interaction.Callbacks.Clear(); // a refused callback does not acknowledge the interaction
        return failure;
    }

    private Reply Followup(ulong applicationId, string token, JsonObject body, IReadOnlyList<FakeFilePart> files)
    {
        if (applicationId != ApplicationId)
        {
            return Error(404, 10015, "Unknown Webhook");
        }

        if (!_interactions.TryGetValue(token, out var interaction))
        {
            return Error(404, 10015, "Unknown Webhook");
        }

        var reply = CreateMessage(0, body, files, token, out var created);
        if (created is not null)
        {
            interaction.Followups.Add(created);
        }

        return reply;
    }

    private FakeMessage? FindMessage(ulong channelId, string messageId) =>
        _messages.TryGetValue(Id(messageId), out var message) && message.ChannelId == channelId && !message.IsDeleted ? message : null;

    private FakeMessage? FindWebhookMessage(string token, string messageId)
    {
        if (!_interactions.TryGetValue(token, out var interaction))
        {
            return null;
        }

        var message = messageId == "@original" ? interaction.Original : interaction.Followups.FirstOrDefault(m => Str(m.Id) == messageId);
        return message is { IsDeleted: false } ? message : null;
    }

    private JsonObject MessageJson(FakeMessage message) => new()
    {
        ["id"] = Str(message.Id),
        ["channel_id"] = Str(message.ChannelId),
        ["type"] = message.ReplyTo is null ? 0 : 19,
        ["content"] = message.Content ?? "",
        ["author"] = new JsonObject { ["id"] = Str(BotUserId), ["username"] = BotUsername, ["bot"] = true },
        ["embeds"] = message.Embeds.DeepClone(),
        ["components"] = message.Components.DeepClone(),
        ["attachments"] = new JsonArray([.. message.Attachments.Select((a, i) => (JsonNode)new JsonObject
        {
            ["id"] = Str(message.Id + (ulong)i + 1),
            ["filename"] = a.FileName,
            ["size"] = a.Content.Length,
        })]),
        ["flags"] = message.Flags,
        ["timestamp"] = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
        ["mention_everyone"] = false,
    };

    private ulong NextId()
    {
        var ms = (ulong)(_time.GetUtcNow().ToUnixTimeMilliseconds() - DiscordEpochMs);
        return (ms << 22) | ((ulong)Interlocked.Increment(ref _snowflakes) & 0xFFF);
    }

    private static ulong Id(string text) => ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;

    private static string Str(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static Reply Json(int status, JsonNode body) => new(status, body.ToJsonString(), "application/json", []);

    private static Reply Error(int status, int code, string message) =>
        Json(status, new JsonObject { ["message"] = message, ["code"] = code });

    private static Reply NoContent() => new(204, null, "", []);

    private sealed record Reply(int Status, string? Body, string ContentType, Dictionary<string, string> Headers)
    {
        public TimeSpan Delay { get; init; }
    }

    private sealed class Script(string method, string template, FakeResponse response, int times)
    {
        public string Method { get; } = method;

        public string Template { get; } = template;

        public FakeResponse Response { get; } = response;

        public int Remaining { get; set; } = times;
    }

    private sealed class BucketState
    {
        public int Remaining { get; set; }

        public TimeSpan ResetAt { get; set; }
    }
}
