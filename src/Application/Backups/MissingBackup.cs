namespace ServerStatus.Application.Backups;

/// <summary>The answer when a server has no backup of the name asked for.</summary>
public static class MissingBackup
{
    public static Error Of(string server, string name) => Error.NotFound($"`{server}` has no backup named `{name}`.", name);
}
