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
    /// <summary>The invoking user's client language (<c>locale</c>, e.g. <c>de</c>, <c>en-US</c>); absent on pings.</summary>
    public string? Locale { get; init; }

    /// <summary>The guild's preferred language (<c>guild_locale</c>); only for interactions in guilds.</summary>
    public string? GuildLocale { get; init; }

    /// <summary>Keeps the interaction token out of logs; it authorizes replies for 15 minutes.</summary>
    protected override bool PrintMembers(System.Text.StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Append($"InteractionId = {InteractionId}, ApplicationId = {ApplicationId}, Type = {Type}, GuildId = {GuildId}, ChannelId = {ChannelId}, InvokerUserId = {InvokerUserId}, MessageId = {MessageId}, Locale = {Locale}, GuildLocale = {GuildLocale}, Data = {Data}");
        return true;
    }
}
