namespace DiscordApi.Events;

/// <summary>A slash command, component click, autocomplete request or modal submit (INTERACTION_CREATE).</summary>
/// <param name="InvokerUserId">From <c>member.user</c> in guilds or <c>user</c> in DMs.</param>
/// <param name="MessageId">For components: the message carrying the component.</param>
public sealed record InteractionCreated(
    ulong InteractionId,
    ulong ApplicationId,
    InteractionType Type,
    string Token,
    ulong? GuildId,
    ulong? ChannelId,
    ulong InvokerUserId,
    IReadOnlyList<ulong> MemberRoleIds,
    InteractionData Data,
    ulong? MessageId) : GatewayEvent
{
    /// <summary>Keeps the interaction token out of logs; it authorizes replies for 15 minutes.</summary>
    protected override bool PrintMembers(System.Text.StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Append($"InteractionId = {InteractionId}, ApplicationId = {ApplicationId}, Type = {Type}, GuildId = {GuildId}, ChannelId = {ChannelId}, InvokerUserId = {InvokerUserId}, MessageId = {MessageId}, Data = {Data}");
        return true;
    }
}
