using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ServerStatus.IntegrationTests.FakeDiscord.Gateway;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;

namespace ServerStatus.IntegrationTests.Fixtures;

/// <summary>
/// The fake Discord of the end-to-end tests: gateway and REST on one loopback server, plus ways to
/// say things as a user (messages, slash commands, autocomplete, button clicks, select menu picks) and to wait for the bot's answer.
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    public const ulong GuildId = 800_000_000_000_000_001;
    public const ulong ChannelId = 810_000_000_000_000_001;

    private static long _nextId = 700_000_000_000_000_000;

    private FakeDiscordServer(FakeDiscordGateway gateway, FakeDiscordRest rest)
    {
        Gateway = gateway;
        Rest = rest;
    }

    public FakeDiscordGateway Gateway { get; }

    public FakeDiscordRest Rest { get; }

    public ulong ApplicationId => Gateway.Options.ApplicationId;

    public ulong BotUserId => Gateway.Options.BotUserId;

    /// <summary>The last MESSAGE_CREATE payload sent, to deliver it again as Discord sometimes does.</summary>
    public string? LastDispatchedMessage { get; private set; }

    public static async Task<FakeDiscordServer> StartAsync()
    {
        var rest = new FakeDiscordRest();
        var gateway = new FakeDiscordGateway(new FakeGatewayOptions { Token = rest.Token }, rest.MapRoutes);
        await gateway.StartAsync();
        rest.UseServerAddress(gateway.BaseUrl);
        rest.ApplicationId = gateway.Options.ApplicationId;
        rest.BotUserId = gateway.Options.BotUserId;
        return new FakeDiscordServer(gateway, rest);
    }

    public static ulong NewId() => (ulong)Interlocked.Increment(ref _nextId);

    /// <summary>A user writes <paramref name="content"/> (in the test guild unless <paramref name="inDirectMessage"/>).</summary>
    public async Task<ulong> SayAsync(ulong userId, string content, ulong[]? roles = null, bool inDirectMessage = false, ulong channelId = ChannelId, bool withoutMember = false)
    {
        var id = NewId();
        var payload = new JsonObject
        {
            ["id"] = Id(id),
            ["channel_id"] = Id(channelId),
            ["author"] = new JsonObject { ["id"] = Id(userId), ["username"] = $"user{userId % 1000}", ["bot"] = false },
            ["content"] = content,
            ["timestamp"] = "2026-11-24T00:00:00.000000+00:00",
            ["mentions"] = new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["mention_everyone"] = false,
            ["type"] = 0,
        };
        if (!inDirectMessage)
        {
            payload["guild_id"] = Id(GuildId);
            if (!withoutMember)
            {
                payload["member"] = new JsonObject { ["roles"] = Ids(roles) };
            }
        }

        Rest.AddUserMessage(channelId, id, content);
        LastDispatchedMessage = payload.ToJsonString();
        await Gateway.DispatchAsync("MESSAGE_CREATE", LastDispatchedMessage);
        return id;
    }

    /// <summary>A user writes <paramref name="content"/> in the test channel; returns the text of the bot's reply (<see cref="Text(FakeMessage)"/>).</summary>
    public async Task<string> AskAsync(ulong userId, string content, ulong[]? roles = null, bool inDirectMessage = false, ulong channelId = ChannelId, bool withoutMember = false) =>
        Text(await WaitForReplyAsync(await SayAsync(userId, content, roles, inDirectMessage, channelId, withoutMember)));

    /// <summary>A user reacts to a message.</summary>
    public Task ReactAsync(ulong userId, ulong messageId, string emoji, ulong channelId = ChannelId) =>
        Gateway.DispatchAsync("MESSAGE_REACTION_ADD", FakeGatewayPayloads.Reaction(userId, channelId, messageId, GuildId, emoji));

    /// <summary>A user runs a slash command; returns the interaction token.</summary>
    public Task<string> SlashAsync(ulong userId, string command, object? options = null, ulong[]? roles = null, string? subcommand = null)
    {
        var given = Options(options);
        if (subcommand is not null)
        {
            given = [new JsonObject { ["name"] = subcommand, ["type"] = 1, ["options"] = given }];
        }

        return InteractAsync(userId, 2, new JsonObject { ["id"] = "1", ["name"] = command, ["type"] = 1, ["options"] = given }, roles);
    }

    /// <summary>A user types in a slash option that has autocomplete; returns the interaction token.</summary>
    public Task<string> AutocompleteAsync(ulong userId, string command, string option, string typed, ulong[]? roles = null) =>
        InteractAsync(userId, 4, new JsonObject
        {
            ["id"] = "1",
            ["name"] = command,
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = option, ["type"] = 3, ["value"] = typed, ["focused"] = true }),
        }, roles);

    /// <summary>A user clicks a button on <paramref name="messageId"/>; returns the interaction token.</summary>
    public Task<string> ClickAsync(ulong userId, ulong messageId, string customId) =>
        InteractAsync(userId, 3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, roles: null, messageId);

    /// <summary>A user picks <paramref name="values"/> in the select menu <paramref name="customId"/> of <paramref name="messageId"/>; returns the interaction token.</summary>
    public Task<string> SelectAsync(ulong userId, ulong messageId, string customId, params string[] values) =>
        InteractAsync(userId, 3, new JsonObject
        {
            ["custom_id"] = customId,
            ["component_type"] = 3,
            ["values"] = new JsonArray([.. values.Select(v => (JsonNode)v)]),
        }, roles: null, messageId);

    /// <summary>The bot's first message that replies to <paramref name="commandMessageId"/>, once there is one.</summary>
    public Task<FakeMessage> WaitForReplyAsync(ulong commandMessageId, TimeSpan? timeout = null) =>
        Eventually.ValueAsync(
            () => Rest.Messages.FirstOrDefault(m => m.ReplyTo == commandMessageId),
            $"the bot answers message {commandMessageId}",
            timeout,
            seen: () => "the bot sent " + string.Join(" | ", Rest.Messages.Select(m => Text(m))));

    /// <summary>Waits until the interaction has its first callback (and, for deferred ones, an edited original).</summary>
    public Task<FakeInteraction> WaitForAnswerAsync(string token, Func<FakeInteraction, bool>? done = null, TimeSpan? timeout = null) =>
        Eventually.ValueAsync(
            () => Rest.GetInteraction(token) is { Callbacks.Count: > 0 } interaction
                && (done?.Invoke(interaction) ?? (interaction.ResponseType != 5 || interaction.Original?.Edits.Count > 0))
                    ? interaction
                    : null,
            $"the bot answers interaction {token}",
            timeout);

    /// <summary>The custom id of the message's <paramref name="kind"/> button (<c>confirm</c>, <c>cancel</c>).</summary>
    public static string Button(FakeMessage message, string kind)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Components
            .SelectMany(row => row!["components"]!.AsArray())
            .Select(button => (string?)button!["custom_id"])
            .FirstOrDefault(customId => customId?.StartsWith(kind + ":", StringComparison.Ordinal) == true)
            ?? throw new InvalidOperationException($"No {kind} button on {message}.");
    }

    /// <summary>The custom id of the message's select menu that offers <paramref name="value"/> (as Discord would send when it is picked).</summary>
    public static string Select(FakeMessage message, string value)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Components
            .SelectMany(row => row!["components"]!.AsArray())
            .Where(component => (int?)component!["type"] == 3)
            .Where(select => select!["options"]!.AsArray().Any(option => (string?)option!["value"] == value))
            .Select(select => (string?)select!["custom_id"])
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"No select menu on {message} offers '{value}'.");
    }

    /// <summary>Everything a message shows as text: content, embed titles, descriptions, fields and footers.</summary>
    public static string Text(FakeMessage message) => message.Content + " " + Text(message.Embeds);

    public static string Text(JsonNode? node) => node switch
    {
        JsonArray array => string.Join(" ", array.Select(Text)),
        JsonObject obj => string.Join(" ", obj.Where(p => p.Key is not ("color" or "type" or "style")).Select(p => Text(p.Value))),
        JsonValue value => value.ToString(),
        _ => "",
    };

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Rest.DisposeAsync();
    }

    private async Task<string> InteractAsync(ulong userId, int type, JsonObject data, ulong[]? roles, ulong? messageId = null)
    {
        var id = NewId();
        var token = $"token-{id}";
        var payload = new JsonObject
        {
            ["id"] = Id(id),
            ["application_id"] = Id(ApplicationId),
            ["type"] = type,
            ["token"] = token,
            ["version"] = 1,
            ["guild_id"] = Id(GuildId),
            ["channel_id"] = Id(ChannelId),
            ["member"] = new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = Id(userId), ["username"] = $"user{userId % 1000}" },
                ["roles"] = Ids(roles),
                ["permissions"] = "0",
            },
            ["data"] = data,
        };
        if (messageId is { } message)
        {
            payload["message"] = new JsonObject { ["id"] = Id(message), ["channel_id"] = Id(ChannelId) };
            Rest.RegisterComponentInteraction(id, token, message);
        }

        await Gateway.DispatchAsync("INTERACTION_CREATE", payload.ToJsonString());
        return token;
    }

    private static JsonArray Options(object? options)
    {
        var array = new JsonArray();
        if (options is null)
        {
            return array;
        }

        foreach (var property in JsonSerializer.SerializeToNode(options)!.AsObject())
        {
            var type = property.Value!.GetValueKind() switch
            {
                JsonValueKind.True or JsonValueKind.False => 5,
                JsonValueKind.Number => 4,
                _ => 3,
            };
            array.Add(new JsonObject { ["name"] = property.Key, ["type"] = type, ["value"] = property.Value.DeepClone() });
        }

        return array;
    }

    private static JsonArray Ids(ulong[]? ids) => [.. (ids ?? []).Select(i => (JsonNode)Id(i))];

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
