using System.Text.Json.Nodes;

namespace ServerStatus.IntegrationTests.FakeDiscord.Rest;

/// <summary>A message in the fake's store; tests read its current state.</summary>
public sealed class FakeMessage
{
    public required ulong Id { get; init; }

    public required ulong ChannelId { get; init; }

    public string? Content { get; internal set; }

    public JsonArray Embeds { get; internal set; } = [];

    public JsonArray Components { get; internal set; } = [];

    public JsonObject? AllowedMentions { get; internal set; }

    public ulong? ReplyTo { get; internal set; }

    public int Flags { get; internal set; }

    public string? Nonce { get; internal set; }

    public IReadOnlyList<FakeFilePart> Attachments { get; internal set; } = [];

    /// <summary>The interaction token for interaction responses and follow-ups.</summary>
    public string? InteractionToken { get; internal set; }

    /// <summary>Bodies of every edit, in order.</summary>
    public List<JsonObject> Edits { get; } = [];

    public bool IsDeleted { get; internal set; }

    /// <summary>Our own reactions (decoded emoji text, e.g. <c>👍</c> or <c>blob:123</c>).</summary>
    public HashSet<string> Reactions { get; } = [];

    public override string ToString() => $"message {Id} in {ChannelId}: {Content}";
}
