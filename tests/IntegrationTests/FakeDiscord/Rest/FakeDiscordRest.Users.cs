using System.Globalization;
using System.Text.Json.Nodes;

namespace ServerStatus.IntegrationTests.FakeDiscord.Rest;

// Users: DM channels (and users whose DMs are closed) and guild members with their roles.
public sealed partial class FakeDiscordRest
{
    private readonly Dictionary<ulong, ulong> _dmChannels = [];
    private readonly HashSet<ulong> _closedDms = [];
    private readonly Dictionary<(ulong Guild, ulong User), ulong[]> _members = [];

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
}
