using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace ServerStatus.IntegrationTests.FakeDiscord.Rest;

// The HTTP side: the routes the fake serves, reading a request, checking auth and body, and dispatching it to the part that answers.
public sealed partial class FakeDiscordRest
{
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
        ("GET", "guilds/{guild_id}"),
        ("GET", "guilds/{guild_id}/members/{user_id}"),
        ("GET", "channels/{channel_id}"),
        ("GET", "applications/{application_id}/commands"),
        ("PUT", "applications/{application_id}/commands"),
        ("GET", "applications/{application_id}/guilds/{guild_id}/commands"),
        ("PUT", "applications/{application_id}/guilds/{guild_id}/commands"),
        ("POST", "interactions/{interaction_id}/{interaction_token}/callback"),
        ("POST", "webhooks/{webhook_id}/{webhook_token}"),
        ("PATCH", "webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"),
        ("DELETE", "webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"),
    ];

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
            if (script.Response.TakesEffect)
            {
                Answer(request);
            }

            return new Reply(script.Response.Status, script.Response.Body, script.Response.ContentType, new Dictionary<string, string>(script.Response.Headers))
            {
                Delay = script.Response.Delay,
            };
        }

        return Answer(request);
    }

    // What Discord does with a request: authentication, body checks, rate limits, then the route's own handling.
    private Reply Answer(FakeRequest request)
    {
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
            ("GET", "applications/@me") => Json(200, Application()),
            ("GET", "guilds/{guild_id}") => Guild(Id(v["guild_id"])),
            ("GET", "guilds/{guild_id}/members/{user_id}") => Member(Id(v["guild_id"]), Id(v["user_id"])),
            ("GET", "channels/{channel_id}") => Channel(Id(v["channel_id"])),
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

    private static Reply Json(int status, JsonNode body) => new(status, body.ToJsonString(), "application/json", []);

    private static Reply Error(int status, int code, string message) =>
        Json(status, new JsonObject { ["message"] = message, ["code"] = code });

    private static Reply NoContent() => new(204, null, "", []);

    private sealed record Reply(int Status, string? Body, string ContentType, Dictionary<string, string> Headers)
    {
        public TimeSpan Delay { get; init; }
    }
}
