namespace DiscordApi.Messages;

/// <summary>
/// A message we send, edit or answer an interaction with. On edits the message is replaced by this state:
/// <see cref="Content"/> is left unchanged when null, embeds and components are always replaced (an empty list clears them).
/// Build it with <see cref="MessageBuilder"/>; the REST client validates it again with <see cref="MessageValidator"/>.
/// </summary>
public sealed record OutgoingMessage
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed> Embeds { get; init; } = [];

    public IReadOnlyList<ActionRow> Components { get; init; } = [];

    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    public MessageReference? Reference { get; init; }

    public IReadOnlyList<FileAttachment> Attachments { get; init; } = [];

    public MessageFlags Flags { get; init; }

    /// <summary>
    /// For creates only: sent with <c>enforce_nonce</c>, so Discord returns the message it already made with this nonce
    /// (within a few minutes) instead of a second one. Give the same nonce to every attempt of one message, also
    /// across restarts; when null, the client makes one per call (its own retries share it).
    /// </summary>
    public string? Nonce { get; init; }

    public static OutgoingMessage Text(string content) => new MessageBuilder().WithContent(content).Build();

    /// <summary>Everything except the file bytes, so logs and test failures stay readable.</summary>
    public override string ToString() =>
        $"OutgoingMessage {{ Content = {Content?.Length ?? 0} chars, Embeds = {Embeds.Count}, Rows = {Components.Count}, Attachments = {Attachments.Count}, Flags = {Flags} }}";
}
