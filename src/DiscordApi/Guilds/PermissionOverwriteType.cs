namespace DiscordApi.Guilds;

public enum PermissionOverwriteType
{
    Role = 0,
    Member = 1,
}
