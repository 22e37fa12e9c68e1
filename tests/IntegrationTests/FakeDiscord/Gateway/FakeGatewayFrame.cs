using System.Text.Json;

namespace ServerStatus.IntegrationTests.FakeDiscord.Gateway;

/// <summary>One payload the fake received from the client.</summary>
public sealed record FakeGatewayFrame(int ConnectionId, int Op, JsonElement Data, DateTimeOffset ReceivedAt)
{
    public string? StringField(string name) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public int? IntField(string name) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetInt32()
            : null;
}
