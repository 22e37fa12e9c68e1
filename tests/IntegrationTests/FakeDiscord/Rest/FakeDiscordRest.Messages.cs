using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServerStatus.IntegrationTests.FakeDiscord.Rest;

// Channel messages: create (with nonce deduplication), edit, delete, reactions, typing, and the message store tests inspect.
public sealed partial class FakeDiscordRest
{
    private readonly Dictionary<ulong, FakeMessage> _messages = [];
    private readonly Dictionary<ulong, int> _typing = [];

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

    public FakeMessage? GetMessage(ulong id)
    {
        lock (_sync)
        {
            return _messages.GetValueOrDefault(id);
        }
    }

    public IReadOnlyList<FakeMessage> MessagesIn(ulong channelId) => [.. Messages.Where(m => m.ChannelId == channelId)];

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

    public int TypingCount(ulong channelId)
    {
        lock (_sync)
        {
            return _typing.GetValueOrDefault(channelId);
        }
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

    private FakeMessage? FindMessage(ulong channelId, string messageId) =>
        _messages.TryGetValue(Id(messageId), out var message) && message.ChannelId == channelId && !message.IsDeleted ? message : null;

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
}
