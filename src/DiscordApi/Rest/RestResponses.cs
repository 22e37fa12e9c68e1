using System.Globalization;
using System.Text.Json;
using DiscordApi.Commands;
using DiscordApi.Guilds;

namespace DiscordApi.Rest;

/// <summary>Reads the fields we use from Discord's JSON responses (unknown fields ignored, snowflakes as strings or numbers).</summary>
internal static class RestResponses
{
    public static DiscordMessage Message(JsonElement json) => new(
        Snowflake(json, "id"),
        Snowflake(json, "channel_id"),
        String(json, "content") ?? "",
        json.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object ? Snowflake(author, "id") : null);

    public static DiscordUser User(JsonElement json) => new(
        Snowflake(json, "id"),
        String(json, "username") ?? "",
        json.TryGetProperty("bot", out var bot) && bot.ValueKind == JsonValueKind.True);

    public static DiscordApplication Application(JsonElement json) => new(
        Snowflake(json, "id"),
        String(json, "name") ?? "",
        json.TryGetProperty("flags", out var flags) && flags.ValueKind == JsonValueKind.Number && flags.TryGetInt64(out var bits) ? (ApplicationFlags)unchecked((int)bits) : ApplicationFlags.None);

    public static DiscordGuild Guild(JsonElement json) => new(
        Snowflake(json, "id"),
        String(json, "name") ?? "",
        Snowflake(json, "owner_id"),
        json.TryGetProperty("roles", out var roles) && roles.ValueKind == JsonValueKind.Array ? [.. roles.EnumerateArray().Select(Role)] : []);

    public static DiscordChannel Channel(JsonElement json) => new(
        Snowflake(json, "id"),
        Int(json, "type"),
        json.TryGetProperty("guild_id", out var guild) && ParseSnowflake(guild) is > 0 and var guildId ? guildId : null,
        String(json, "name"),
        json.TryGetProperty("permission_overwrites", out var overwrites) && overwrites.ValueKind == JsonValueKind.Array
            ? [.. overwrites.EnumerateArray().Select(Overwrite)]
            : []);

    public static DiscordGuildMember Member(JsonElement json) => new(
        json.TryGetProperty("user", out var user) && user.ValueKind == JsonValueKind.Object ? Snowflake(user, "id") : 0,
        json.TryGetProperty("roles", out var roles) && roles.ValueKind == JsonValueKind.Array
            ? [.. roles.EnumerateArray().Select(ParseSnowflake)]
            : [],
        String(json, "nick"));

    public static ulong Snowflake(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) ? ParseSnowflake(value) : 0;

    public static IReadOnlyList<RegisteredCommand> Commands(JsonElement json) =>
        json.ValueKind == JsonValueKind.Array
            ? [.. json.EnumerateArray().Select(c => new RegisteredCommand(Snowflake(c, "id"), Command(c)))]
            : [];

    public static ApplicationCommandDefinition Command(JsonElement json) =>
        new(String(json, "name") ?? "", String(json, "description") ?? "")
        {
            Type = json.TryGetProperty("type", out var t) && t.TryGetInt32(out var type) ? (ApplicationCommandType)type : ApplicationCommandType.ChatInput,
            Options = Options(json),
            DefaultMemberPermissions = String(json, "default_member_permissions"),
            Contexts = Ints(json, "contexts"),
            Nsfw = Bool(json, "nsfw"),
        };

    private static IReadOnlyList<CommandOption> Options(JsonElement json) =>
        json.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Array
            ? [.. options.EnumerateArray().Select(Option)]
            : [];

    private static CommandOption Option(JsonElement json) =>
        new(json.TryGetProperty("type", out var t) && t.TryGetInt32(out var type) ? (CommandOptionType)type : CommandOptionType.String,
            String(json, "name") ?? "",
            String(json, "description") ?? "")
        {
            Required = Bool(json, "required"),
            Autocomplete = Bool(json, "autocomplete"),
            Choices = json.TryGetProperty("choices", out var choices) && choices.ValueKind == JsonValueKind.Array
                ? [.. choices.EnumerateArray().Select(Choice)]
                : [],
            Options = Options(json),
            ChannelTypes = Ints(json, "channel_types"),
            MinValue = Double(json, "min_value"),
            MaxValue = Double(json, "max_value"),
            MinLength = json.TryGetProperty("min_length", out var minLength) && minLength.TryGetInt32(out var a) ? a : null,
            MaxLength = json.TryGetProperty("max_length", out var maxLength) && maxLength.TryGetInt32(out var b) ? b : null,
        };

    private static DiscordRole Role(JsonElement json) =>
        new(Snowflake(json, "id"), String(json, "name") ?? "", Permissions(json, "permissions"), Int(json, "position"));

    // API v10 sends the type as 0 (role) or 1 (member); v6 sent "role" / "member".
    private static PermissionOverwrite Overwrite(JsonElement json) => new(
        Snowflake(json, "id"),
        Int(json, "type") == 1 || String(json, "type") == "member" ? PermissionOverwriteType.Member : PermissionOverwriteType.Role,
        Permissions(json, "allow"),
        Permissions(json, "deny"));

    // Permission bit sets are decimal strings (they outgrew 53 bits); plain numbers are accepted too.
    private static DiscordPermissions Permissions(JsonElement json, string name) =>
        !json.TryGetProperty(name, out var value) ? DiscordPermissions.None
        : value.ValueKind == JsonValueKind.String && ulong.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var text) ? (DiscordPermissions)text
        : value.ValueKind == JsonValueKind.Number && value.TryGetUInt64(out var number) ? (DiscordPermissions)number
        : DiscordPermissions.None;

    private static CommandChoice Choice(JsonElement json)
    {
        var name = String(json, "name") ?? "";
        if (!json.TryGetProperty("value", out var value))
        {
            return CommandChoice.Of(name, "");
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var l) => CommandChoice.Of(name, l),
            JsonValueKind.Number => CommandChoice.Of(name, value.GetDouble()),
            _ => CommandChoice.Of(name, value.ToString()),
        };
    }

    private static ulong ParseSnowflake(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => ulong.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0,
        JsonValueKind.Number when value.TryGetUInt64(out var n) => n,
        _ => 0,
    };

    private static string? String(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int Int(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : 0;

    private static bool Bool(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static double? Double(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static IReadOnlyList<int> Ints(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Number).Select(v => v.GetInt32())]
            : [];
}
