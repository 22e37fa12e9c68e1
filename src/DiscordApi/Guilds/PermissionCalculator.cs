using DiscordApi.Rest;

namespace DiscordApi.Guilds;

/// <summary>
/// A member's permissions as Discord computes them (Permissions topic, "Permission Overwrites"): the guild owner has
/// all; else <c>@everyone</c> plus the member's roles, where Administrator grants all; then, in a channel, the
/// <c>@everyone</c> overwrite, the member's role overwrites together (denies first, then allows), and last the
/// member's own overwrite. Implicit denials (no View Channel hides the channel) and timeouts are not applied.
/// </summary>
public static class PermissionCalculator
{
    /// <summary>Guild-level permissions of <paramref name="member"/>.</summary>
    public static DiscordPermissions Base(DiscordGuild guild, DiscordGuildMember member)
    {
        ArgumentNullException.ThrowIfNull(guild);
        ArgumentNullException.ThrowIfNull(member);
        if (member.UserId == guild.OwnerId)
        {
            return DiscordPermissions.All;
        }

        var permissions = guild.EveryoneRole?.Permissions ?? DiscordPermissions.None;
        foreach (var role in guild.Roles.Where(r => member.RoleIds.Contains(r.Id)))
        {
            permissions |= role.Permissions;
        }

        return permissions.HasFlag(DiscordPermissions.Administrator) ? DiscordPermissions.All : permissions;
    }

    /// <summary>Permissions of <paramref name="member"/> in <paramref name="channel"/> (a channel of <paramref name="guild"/>).</summary>
    public static DiscordPermissions InChannel(DiscordGuild guild, DiscordGuildMember member, DiscordChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var permissions = Base(guild, member);
        if (permissions.HasFlag(DiscordPermissions.Administrator))
        {
            return DiscordPermissions.All;
        }

        var overwrites = channel.PermissionOverwrites;
        if (overwrites.FirstOrDefault(o => o.Type == PermissionOverwriteType.Role && o.Id == guild.Id) is { } everyone)
        {
            permissions = (permissions & ~everyone.Deny) | everyone.Allow;
        }

        var allow = DiscordPermissions.None;
        var deny = DiscordPermissions.None;
        foreach (var role in overwrites.Where(o => o.Type == PermissionOverwriteType.Role && o.Id != guild.Id && member.RoleIds.Contains(o.Id)))
        {
            allow |= role.Allow;
            deny |= role.Deny;
        }

        permissions = (permissions & ~deny) | allow;
        if (overwrites.FirstOrDefault(o => o.Type == PermissionOverwriteType.Member && o.Id == member.UserId) is { } own)
        {
            permissions = (permissions & ~own.Deny) | own.Allow;
        }

        return permissions;
    }
}
