using System.Text.Json.Nodes;

namespace ServerStatus.IntegrationTests.FakeDiscord.Rest;

// Guilds, their roles and channels with permission overwrites, and the application's flags: what a bot reads to
// learn where it is and what it may do. The fake stores them as Discord sends them; it computes no permissions.
public sealed partial class FakeDiscordRest
{
    /// <summary>GATEWAY_MESSAGE_CONTENT_LIMITED: the Message Content intent switched on in the portal (Bot page).</summary>
    public const int MessageContentIntentFlag = 1 << 19;

    private readonly Dictionary<ulong, FakeGuild> _guilds = [];
    private readonly Dictionary<ulong, JsonObject> _channels = [];

    /// <summary>The <c>flags</c> of <c>GET /applications/@me</c>; 0 means no privileged intent is enabled.</summary>
    public int ApplicationFlags { get; set; } = MessageContentIntentFlag;

    /// <summary>
    /// A guild the bot is in (<c>GET /guilds/{id}</c>), with its <c>@everyone</c> role (the guild's id) allowed
    /// <paramref name="everyonePermissions"/>. Unknown guilds answer 10004 Unknown Guild.
    /// </summary>
    public void AddGuild(ulong guildId, string name = "Test Guild", ulong everyonePermissions = 0, ulong ownerId = 1)
    {
        lock (_sync)
        {
            _guilds[guildId] = new FakeGuild(name, ownerId);
            _guilds[guildId].Roles[guildId] = ("@everyone", everyonePermissions, 0);
        }
    }

    /// <summary>A role of a guild added before; give it to a member with <see cref="AddMember"/>.</summary>
    public void AddRole(ulong guildId, ulong roleId, ulong permissions, string name = "role", int position = 1)
    {
        lock (_sync)
        {
            _guilds[guildId].Roles[roleId] = (name, permissions, position);
        }
    }

    /// <summary>A text channel of a guild (<c>GET /channels/{id}</c>) with its overwrites; unknown channels answer 10003 Unknown Channel.</summary>
    public void AddChannel(ulong channelId, ulong guildId, string name = "general", params FakeOverwrite[] overwrites)
    {
        ArgumentNullException.ThrowIfNull(overwrites);
        lock (_sync)
        {
            _channels[channelId] = new JsonObject
            {
                ["id"] = Str(channelId),
                ["type"] = 0,
                ["guild_id"] = Str(guildId),
                ["name"] = name,
                ["position"] = 0,
                ["nsfw"] = false,
                ["permission_overwrites"] = new JsonArray([.. overwrites.Select(o => (JsonNode)new JsonObject
                {
                    ["id"] = Str(o.Id),
                    ["type"] = o.IsMember ? 1 : 0,
                    ["allow"] = Str(o.Allow),
                    ["deny"] = Str(o.Deny),
                })]),
            };
        }
    }

    private void ClearGuilds()
    {
        _guilds.Clear();
        _channels.Clear();
        ApplicationFlags = MessageContentIntentFlag;
    }

    private JsonObject Application() => new()
    {
        ["id"] = Str(ApplicationId),
        ["name"] = BotUsername,
        ["flags"] = ApplicationFlags,
        ["bot"] = new JsonObject { ["id"] = Str(BotUserId) },
    };

    private Reply Guild(ulong guildId) =>
        _guilds.TryGetValue(guildId, out var guild)
            ? Json(200, new JsonObject
            {
                ["id"] = Str(guildId),
                ["name"] = guild.Name,
                ["owner_id"] = Str(guild.OwnerId),
                ["roles"] = new JsonArray([.. guild.Roles.Select(r => (JsonNode)new JsonObject
                {
                    ["id"] = Str(r.Key),
                    ["name"] = r.Value.Name,
                    ["permissions"] = Str(r.Value.Permissions),
                    ["position"] = r.Value.Position,
                    ["color"] = 0,
                    ["hoist"] = false,
                    ["managed"] = false,
                    ["mentionable"] = false,
                })]),
            })
            : Error(404, 10004, "Unknown Guild");

    private Reply Channel(ulong channelId) =>
        _channels.TryGetValue(channelId, out var channel) ? Json(200, channel.DeepClone()) : Error(404, 10003, "Unknown Channel");

    private sealed record FakeGuild(string Name, ulong OwnerId)
    {
        public Dictionary<ulong, (string Name, ulong Permissions, int Position)> Roles { get; } = [];
    }
}
