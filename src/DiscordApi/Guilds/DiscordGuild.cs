namespace DiscordApi.Guilds;

/// <summary>A guild the bot is in (<c>GET /guilds/{guild.id}</c>), with its roles.</summary>
public sealed record DiscordGuild(ulong Id, string Name, ulong OwnerId, IReadOnlyList<DiscordRole> Roles)
{
    /// <summary>The <c>@everyone</c> role (its id is the guild's), if Discord sent it.</summary>
    public DiscordRole? EveryoneRole => Roles.FirstOrDefault(r => r.Id == Id);
}
