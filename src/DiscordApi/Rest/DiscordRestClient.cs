using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DiscordApi.Commands;
using DiscordApi.Guilds;
using DiscordApi.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiscordApi.Rest;

/// <summary>
/// Our Discord API v10 REST client. One instance per process (rate-limit state is shared by all callers).
/// It does not own <paramref name="http"/>.
/// </summary>
public sealed class DiscordRestClient(
    HttpClient http,
    IOptions<DiscordApiOptions> options,
    TimeProvider time,
    ILogger<DiscordRestClient> logger,
    DiscordRestSettings settings) : IDiscordRest
{
    /// <summary>Sent as <c>User-Agent</c>; Cloudflare may block requests without a Discord-style one.</summary>
    public static readonly string UserAgent = "DiscordBot (https://github.com/serverstatus/serverstatus, "
        + (typeof(DiscordRestClient).Assembly.GetName().Version?.ToString(3) ?? "0.0.0") + ")";

    private static readonly TimeSpan InteractionLifetime = TimeSpan.FromMinutes(15);

    private readonly RestRequestSender _sender = new(
        http,
        options.Value.ApiBaseUrl,
        options.Value.Token,
        UserAgent,
        time,
        logger,
        settings);

    private readonly ConcurrentDictionary<ulong, ulong> _dmChannels = new();
    private readonly ConcurrentDictionary<ulong, DateTimeOffset> _answeredInteractions = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _deadWebhooks = new(StringComparer.Ordinal);
    private long _nonceCounter;

    internal RestRequestSender Sender => _sender;

    public async Task<DiscordMessage> CreateMessageAsync(ulong channelId, OutgoingMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        MessageValidator.Validate(message);
        var route = RestRoute.Create(HttpMethod.Post, "channels/{channel_id}/messages", Id(channelId));

        // The nonce (with enforce_nonce) makes Discord drop a duplicate, so a retry after a 5xx is safe.
        var json = RestPayloads.Message(message, edit: false, message.Nonce ?? NextNonce()).ToJsonString();
        using var document = await _sender.SendAsync(route, () => RestPayloads.Content(json, message.Attachments), retrySafe: true, ct);
        return RestResponses.Message(Required(document, route));
    }

    public async Task<DiscordMessage> EditMessageAsync(ulong channelId, ulong messageId, OutgoingMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        MessageValidator.Validate(message, requireBody: false);
        var route = RestRoute.Create(HttpMethod.Patch, "channels/{channel_id}/messages/{message_id}", Id(channelId), Id(messageId));
        var json = RestPayloads.Message(message, edit: true).ToJsonString();
        using var document = await _sender.SendAsync(route, () => RestPayloads.Content(json, message.Attachments), retrySafe: true, ct);
        return RestResponses.Message(Required(document, route));
    }

    public async Task DeleteMessageAsync(ulong channelId, ulong messageId, CancellationToken ct)
    {
        var route = RestRoute.Create(HttpMethod.Delete, "channels/{channel_id}/messages/{message_id}", Id(channelId), Id(messageId));
        using var _ = await _sender.SendAsync(route, null, retrySafe: true, ct);
    }

    public async Task AddReactionAsync(ulong channelId, ulong messageId, string emoji, CancellationToken ct)
    {
        var route = RestRoute.Create(
            HttpMethod.Put, "channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me", Id(channelId), Id(messageId), EmojiPath.Encode(emoji));
        using var _ = await _sender.SendAsync(route, null, retrySafe: true, ct);
    }

    public async Task RemoveOwnReactionAsync(ulong channelId, ulong messageId, string emoji, CancellationToken ct)
    {
        var route = RestRoute.Create(
            HttpMethod.Delete, "channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me", Id(channelId), Id(messageId), EmojiPath.Encode(emoji));
        using var _ = await _sender.SendAsync(route, null, retrySafe: true, ct);
    }

    public async Task<ulong> GetDmChannelAsync(ulong userId, CancellationToken ct)
    {
        if (_dmChannels.TryGetValue(userId, out var cached))
        {
            return cached;
        }

        var route = RestRoute.Create(HttpMethod.Post, "users/@me/channels");
        var json = new JsonObject { ["recipient_id"] = Id(userId) }.ToJsonString();

        // Discord returns the existing DM channel when there is one, so repeating is harmless.
        using var document = await _sender.SendAsync(route, () => RestPayloads.Content(json, []), retrySafe: true, ct);
        var channelId = RestResponses.Snowflake(Required(document, route), "id");
        _dmChannels[userId] = channelId;
        return channelId;
    }

    public async Task<DiscordMessage> SendDirectMessageAsync(ulong userId, OutgoingMessage message, CancellationToken ct)
    {
        var channelId = await GetDmChannelAsync(userId, ct);
        try
        {
            return await CreateMessageAsync(channelId, message, ct);
        }
        catch (DiscordApiException ex) when (ex.Kind == DiscordErrorKind.NotFound)
        {
            _dmChannels.TryRemove(userId, out _);
            throw;
        }
    }

    public async Task TriggerTypingAsync(ulong channelId, CancellationToken ct)
    {
        var route = RestRoute.Create(HttpMethod.Post, "channels/{channel_id}/typing", Id(channelId));
        using var _ = await _sender.SendAsync(route, null, retrySafe: false, ct);
    }

    public async Task<DiscordUser> GetCurrentUserAsync(CancellationToken ct)
    {
        var route = RestRoute.Create(HttpMethod.Get, "users/@me");
        using var document = await _sender.SendAsync(route, null, retrySafe: true, ct);
        return RestResponses.User(Required(document, route));
    }

    public async Task<DiscordApplication> GetCurrentApplicationAsync(CancellationToken ct)
    {
        var route = RestRoute.Create(HttpMethod.Get, "applications/@me");
        using var document = await _sender.SendAsync(route, null, retrySafe: true, ct);
        return RestResponses.Application(Required(document, route));
    }

    public async Task<DiscordGuildMember> GetGuildMemberAsync(ulong guildId, ulong userId, CancellationToken ct)
    {
        var route = RestRoute.Create(HttpMethod.Get, "guilds/{guild_id}/members/{user_id}", Id(guildId), Id(userId));
        using var document = await _sender.SendAsync(route, null, retrySafe: true, ct);
        return RestResponses.Member(Required(document, route));
    }

    public async Task<DiscordGuild> GetGuildAsync(ulong guildId, CancellationToken ct)
    {
        var route = RestRoute.Create(HttpMethod.Get, "guilds/{guild_id}", Id(guildId));
        using var document = await _sender.SendAsync(route, null, retrySafe: true, ct);
        return RestResponses.Guild(Required(document, route));
    }

    public async Task<DiscordChannel> GetChannelAsync(ulong channelId, CancellationToken ct)
    {
        var route = RestRoute.Create(HttpMethod.Get, "channels/{channel_id}", Id(channelId));
        using var document = await _sender.SendAsync(route, null, retrySafe: true, ct);
        return RestResponses.Channel(Required(document, route));
    }

    public async Task<IReadOnlyList<RegisteredCommand>> GetCommandsAsync(ulong applicationId, ulong? guildId, CancellationToken ct)
    {
        var route = CommandsRoute(HttpMethod.Get, applicationId, guildId);
        using var document = await _sender.SendAsync(route, null, retrySafe: true, ct);
        return RestResponses.Commands(Required(document, route));
    }

    public async Task<IReadOnlyList<RegisteredCommand>> OverwriteCommandsAsync(
        ulong applicationId, ulong? guildId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(commands);
        CommandValidator.Validate(commands);
        var route = CommandsRoute(HttpMethod.Put, applicationId, guildId);
        var json = new JsonArray([.. commands.Select(c => (JsonNode)RestPayloads.Command(c))]).ToJsonString();
        using var document = await _sender.SendAsync(route, () => RestPayloads.Content(json, []), retrySafe: true, ct);
        return RestResponses.Commands(Required(document, route));
    }

    public async Task<bool> SyncCommandsAsync(
        ulong applicationId, ulong? guildId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(commands);
        CommandValidator.Validate(commands);
        var scope = guildId is { } g ? "guild " + Id(g) : "global";
        var registered = await GetCommandsAsync(applicationId, guildId, ct);
        if (CommandSetComparer.AreEqual(registered.Select(r => r.Definition).ToArray(), commands))
        {
            DiscordRestLog.CommandsUpToDate(logger, scope, commands.Count);
            return false;
        }

        DiscordRestLog.OverwritingCommands(logger, scope, commands.Count);
        await OverwriteCommandsAsync(applicationId, guildId, commands, ct);
        return true;
    }

    public async Task RespondToInteractionAsync(ulong interactionId, string interactionToken, InteractionResponse response, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        ArgumentNullException.ThrowIfNull(response);
        var route = RestRoute.Create(
            HttpMethod.Post, "interactions/{interaction_id}/{interaction_token}/callback", Id(interactionId), Uri.EscapeDataString(interactionToken));
        ForgetOldInteractions();
        if (!_answeredInteractions.TryAdd(interactionId, time.GetUtcNow()))
        {
            throw new DiscordApiException(
                DiscordErrorKind.AlreadyAcknowledged,
                "Interaction already answered: send a follow-up or edit @original instead (refused locally).",
                errorCode: 40060,
                route: route.Display);
        }

        var json = RestPayloads.InteractionCallback(response).ToJsonString();
        var files = response.Message?.Attachments ?? [];
        try
        {
            using var _ = await _sender.SendAsync(route, () => RestPayloads.Content(json, files), retrySafe: false, ct);
        }
        catch (DiscordApiException ex) when (!MayHaveBeenDelivered(ex))
        {
            // Refused (by Discord or locally), so the interaction is still unanswered: a corrected response may follow.
            _answeredInteractions.TryRemove(interactionId, out DateTimeOffset _);
            throw;
        }
    }

    public async Task<DiscordMessage> CreateFollowupAsync(ulong applicationId, string interactionToken, OutgoingMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        MessageValidator.Validate(message);
        var route = WebhookRoute(HttpMethod.Post, "webhooks/{webhook_id}/{webhook_token}", applicationId, interactionToken);
        var json = RestPayloads.Message(message, edit: false).ToJsonString();
        using var document = await SendToWebhookAsync(route, interactionToken, () => RestPayloads.Content(json, message.Attachments), retrySafe: false, ct);
        return RestResponses.Message(Required(document, route));
    }

    public Task<DiscordMessage> EditOriginalResponseAsync(ulong applicationId, string interactionToken, OutgoingMessage message, CancellationToken ct) =>
        EditWebhookMessageAsync(applicationId, interactionToken, "@original", message, ct);

    public Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken ct) =>
        DeleteWebhookMessageAsync(applicationId, interactionToken, "@original", ct);

    public Task<DiscordMessage> EditFollowupAsync(ulong applicationId, string interactionToken, ulong messageId, OutgoingMessage message, CancellationToken ct) =>
        EditWebhookMessageAsync(applicationId, interactionToken, Id(messageId), message, ct);

    public Task DeleteFollowupAsync(ulong applicationId, string interactionToken, ulong messageId, CancellationToken ct) =>
        DeleteWebhookMessageAsync(applicationId, interactionToken, Id(messageId), ct);

    public override string ToString() => $"DiscordRestClient({options.Value.ApiBaseUrl})";

    private async Task<DiscordMessage> EditWebhookMessageAsync(
        ulong applicationId, string interactionToken, string messageId, OutgoingMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        MessageValidator.Validate(message, requireBody: false);
        var route = WebhookRoute(HttpMethod.Patch, "webhooks/{webhook_id}/{webhook_token}/messages/{message_id}", applicationId, interactionToken, messageId);
        var json = RestPayloads.Message(message, edit: true).ToJsonString();
        using var document = await SendToWebhookAsync(route, interactionToken, () => RestPayloads.Content(json, message.Attachments), retrySafe: true, ct);
        return RestResponses.Message(Required(document, route));
    }

    private async Task DeleteWebhookMessageAsync(ulong applicationId, string interactionToken, string messageId, CancellationToken ct)
    {
        var route = WebhookRoute(HttpMethod.Delete, "webhooks/{webhook_id}/{webhook_token}/messages/{message_id}", applicationId, interactionToken, messageId);
        using var _ = await SendToWebhookAsync(route, interactionToken, null, retrySafe: true, ct);
    }

    /// <summary>A webhook that answered "Unknown Webhook" is never called again (each call would be another invalid request).</summary>
    private async Task<JsonDocument?> SendToWebhookAsync(RestRoute route, string interactionToken, Func<HttpContent>? content, bool retrySafe, CancellationToken ct)
    {
        if (_deadWebhooks.ContainsKey(interactionToken))
        {
            throw new DiscordApiException(
                DiscordErrorKind.NotFound,
                $"Discord {route.Display} not sent: this interaction webhook answered Unknown Webhook before (token expired?).",
                errorCode: 10015,
                route: route.Display);
        }

        try
        {
            return await _sender.SendAsync(route, content, retrySafe, ct);
        }
        catch (DiscordApiException ex) when (ex.ErrorCode == 10015)
        {
            _deadWebhooks[interactionToken] = time.GetUtcNow();
            throw;
        }
    }

    private static bool MayHaveBeenDelivered(DiscordApiException ex) =>
        ex.Kind is DiscordErrorKind.AlreadyAcknowledged or DiscordErrorKind.Unavailable
        || ex.StatusCode is >= HttpStatusCode.InternalServerError;

    private static RestRoute WebhookRoute(HttpMethod method, string template, ulong applicationId, string interactionToken, params string[] rest)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        return RestRoute.Create(method, template, [Id(applicationId), Uri.EscapeDataString(interactionToken), .. rest]);
    }

    private static RestRoute CommandsRoute(HttpMethod method, ulong applicationId, ulong? guildId) => guildId is { } guild
        ? RestRoute.Create(method, "applications/{application_id}/guilds/{guild_id}/commands", Id(applicationId), Id(guild))
        : RestRoute.Create(method, "applications/{application_id}/commands", Id(applicationId));

    private static JsonElement Required(JsonDocument? document, RestRoute route) =>
        document?.RootElement ?? throw new DiscordApiException(DiscordErrorKind.Other, $"Discord {route.Display} returned no body.", route: route.Display);

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private string NextNonce() => string.Create(
        CultureInfo.InvariantCulture,
        $"{time.GetUtcNow().ToUnixTimeMilliseconds()}{Interlocked.Increment(ref _nonceCounter) % 100000:D5}");

    private void ForgetOldInteractions()
    {
        if (_answeredInteractions.Count < 256)
        {
            return;
        }

        var cutoff = time.GetUtcNow() - InteractionLifetime;
        foreach (var (id, answeredAt) in _answeredInteractions)
        {
            if (answeredAt < cutoff)
            {
                _answeredInteractions.TryRemove(id, out DateTimeOffset _);
            }
        }

        foreach (var (token, diedAt) in _deadWebhooks)
        {
            if (diedAt < cutoff)
            {
                _deadWebhooks.TryRemove(token, out DateTimeOffset _);
            }
        }
    }
}
