using System.Text.Json.Nodes;

namespace ServerStatus.IntegrationTests.FakeDiscord.Rest;

/// <summary>What the bot answered to one interaction.</summary>
public sealed class FakeInteraction
{
    public required ulong Id { get; init; }

    public required string Token { get; init; }

    /// <summary>Every callback body received (a second one is answered 40060).</summary>
    public List<JsonObject> Callbacks { get; } = [];

    public int? ResponseType => Callbacks.Count == 0 ? null : (int?)Callbacks[0]["type"];

    /// <summary>The <c>@original</c> message (after type 4 or 5).</summary>
    public FakeMessage? Original { get; internal set; }

    public List<FakeMessage> Followups { get; } = [];
}
