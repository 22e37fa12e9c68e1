using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiscordApi.Json;

/// <summary>Reads a Discord snowflake from a JSON string or number; always writes a string.</summary>
internal sealed class SnowflakeJsonConverter : JsonConverter<ulong>
{
    public override ulong Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => ulong.Parse(reader.GetString() ?? "", NumberStyles.None, CultureInfo.InvariantCulture),
            JsonTokenType.Number => reader.GetUInt64(),
            _ => throw new JsonException($"A snowflake must be a string or a number, not {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, ulong value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
}
