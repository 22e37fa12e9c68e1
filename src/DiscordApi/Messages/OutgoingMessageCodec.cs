using System.Text.Json;

namespace DiscordApi.Messages;

/// <summary>
/// An <see cref="OutgoingMessage"/> as bytes and back, for a message that is still to be sent after a restart (kept in
/// a database by the caller). The bytes are this library's own format: only <see cref="Decode"/> reads them.
/// </summary>
public static class OutgoingMessageCodec
{
    private static readonly JsonSerializerOptions Options = new() { IgnoreReadOnlyProperties = true };

    public static byte[] Encode(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return JsonSerializer.SerializeToUtf8Bytes(message, Options);
    }

    /// <exception cref="FormatException">The bytes are not a message this codec wrote.</exception>
    public static OutgoingMessage Decode(ReadOnlySpan<byte> encoded)
    {
        try
        {
            return JsonSerializer.Deserialize<OutgoingMessage>(encoded, Options) ?? throw new FormatException("An encoded message was empty.");
        }
        catch (JsonException ex)
        {
            throw new FormatException("Not an encoded message: " + ex.Message, ex);
        }
    }
}
