namespace DiscordApi.Events;

/// <summary>A message was posted in a guild channel or a DM (MESSAGE_CREATE).</summary>
public sealed record MessageCreated(
    ulong MessageId,
    ulong ChannelId,
    ulong? GuildId,
    ulong AuthorId,
    string AuthorUsername,
    bool AuthorIsBot,
    IReadOnlyList<ulong> MemberRoleIds,
    string Content,
    IReadOnlyList<ulong> MentionedUserIds,
    IReadOnlyList<ulong> MentionedRoleIds) : GatewayEvent
{
    /// <summary>False for a guild message that came without its <c>member</c> object: the roles must be fetched.</summary>
    public bool MemberIncluded { get; init; } = true;
}
