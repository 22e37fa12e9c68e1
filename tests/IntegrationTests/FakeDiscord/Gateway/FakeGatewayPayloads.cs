using System.Text.Json;

namespace ServerStatus.IntegrationTests.FakeDiscord.Gateway;

/// <summary>Builds dispatch <c>d</c> objects the way Discord sends them (snowflakes as strings).</summary>
public static class FakeGatewayPayloads
{
    public static string Message(ulong id, ulong channelId, ulong? guildId, ulong authorId, string content, string username = "alice", bool bot = false) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = Id(id),
            ["channel_id"] = Id(channelId),
            ["guild_id"] = guildId is { } guild ? Id(guild) : null,
            ["author"] = new { id = Id(authorId), username, global_name = (string?)null, bot },
            ["member"] = guildId is null ? null : new { roles = Array.Empty<string>() },
            ["content"] = content,
            ["timestamp"] = "2026-11-24T00:00:00.000000+00:00",
            ["mentions"] = Array.Empty<object>(),
            ["mention_roles"] = Array.Empty<string>(),
            ["mention_everyone"] = false,
            ["type"] = 0,
        }.Where(pair => pair.Value is not null).ToDictionary());

    public static string Reaction(ulong userId, ulong channelId, ulong messageId, ulong? guildId, string emojiName, ulong? emojiId = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["user_id"] = Id(userId),
            ["channel_id"] = Id(channelId),
            ["message_id"] = Id(messageId),
            ["guild_id"] = guildId is { } guild ? Id(guild) : null,
            ["emoji"] = new { id = emojiId is { } e ? Id(e) : null, name = emojiName },
            ["burst"] = false,
            ["type"] = 0,
        }.Where(pair => pair.Value is not null).ToDictionary());

    public static string SlashCommand(ulong id, ulong applicationId, ulong guildId, ulong channelId, ulong userId, string name, string token = "interaction-token") =>
        JsonSerializer.Serialize(new
        {
            id = Id(id),
            application_id = Id(applicationId),
            type = 2,
            token,
            version = 1,
            guild_id = Id(guildId),
            channel_id = Id(channelId),
            member = new { user = new { id = Id(userId), username = "alice" }, roles = Array.Empty<string>(), permissions = "0" },
            data = new { id = "1", name, type = 1 },
        });

    private static string Id(ulong id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
