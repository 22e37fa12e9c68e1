using System.Globalization;
using System.Text.Json.Nodes;

namespace ServerStatus.IntegrationTests.FakeDiscord.Rest;

// Application commands: bulk overwrite and listing, global and per guild, with what Discord adds on its own.
public sealed partial class FakeDiscordRest
{
    private readonly Dictionary<string, JsonArray> _commands = new(StringComparer.Ordinal);

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
}
