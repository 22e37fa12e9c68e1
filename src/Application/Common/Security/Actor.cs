namespace ServerStatus.Application.Common.Security;

/// <summary>
/// Who sent a request and from where: a Discord user (with the roles they hold in the guild where
/// they wrote; none in a DM) or the system actor used by scheduled jobs.
/// </summary>
public sealed record Actor(ulong UserId, IReadOnlyList<ulong> RoleIds, ulong? GuildId, ulong? ChannelId, bool IsSystem = false)
{
    /// <summary>The actor of scheduled jobs: acts as an admin, is audited as "system".</summary>
    public static Actor System { get; } = new(0, [], null, null, IsSystem: true);

    /// <summary>Nobody: the state of a scope before an entry point sets the actor; has no rights.</summary>
    public static Actor Anonymous { get; } = new(0, [], null, null);

    public bool IsDirectMessage => GuildId is null && !IsSystem;

    /// <summary>
    /// The roles whose grants apply: those the member holds plus the guild's @everyone role, whose id is the guild id
    /// and which Discord never lists among a member's roles. None in a DM.
    /// </summary>
    public IReadOnlyList<ulong> GrantedRoleIds => GuildId is { } guild && !RoleIds.Contains(guild) ? [.. RoleIds, guild] : RoleIds;

    public static Actor InGuild(ulong userId, IReadOnlyList<ulong> roleIds, ulong guildId, ulong channelId) =>
        new(userId, roleIds, guildId, channelId);

    /// <summary>In a DM nobody holds roles: only personal grants count.</summary>
    public static Actor InDirectMessage(ulong userId, ulong channelId) => new(userId, [], null, channelId);

    public override string ToString() => IsSystem ? "system" : $"user {UserId}";
}
