namespace DiscordApi.Rest;

/// <summary>The application flags we read (Discord's <c>application.flags</c>); other bits keep their value.</summary>
[Flags]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "Discord calls this bit set application flags.")]
public enum ApplicationFlags
{
    None = 0,

    /// <summary>GATEWAY_PRESENCE: the Presence intent, for apps in 100 or more guilds (approved).</summary>
    GatewayPresence = 1 << 12,

    /// <summary>GATEWAY_PRESENCE_LIMITED: the Presence intent switched on in the portal (under 100 guilds).</summary>
    GatewayPresenceLimited = 1 << 13,

    /// <summary>GATEWAY_GUILD_MEMBERS: the Server Members intent, approved.</summary>
    GatewayGuildMembers = 1 << 14,

    /// <summary>GATEWAY_GUILD_MEMBERS_LIMITED: the Server Members intent switched on in the portal.</summary>
    GatewayGuildMembersLimited = 1 << 15,

    /// <summary>GATEWAY_MESSAGE_CONTENT: the Message Content intent, for apps in 100 or more guilds (approved).</summary>
    GatewayMessageContent = 1 << 18,

    /// <summary>GATEWAY_MESSAGE_CONTENT_LIMITED: the Message Content intent switched on in the portal (Bot page, under 100 guilds).</summary>
    GatewayMessageContentLimited = 1 << 19,
}
