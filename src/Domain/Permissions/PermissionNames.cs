namespace ServerStatus.Domain.Permissions;

/// <summary>The names users type for permissions, including the old bot's names.</summary>
public static class PermissionNames
{
    private static readonly Dictionary<string, Permission> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["status"] = Permission.Status,
        ["start"] = Permission.Start,
        ["stop"] = Permission.Stop,
        ["restart"] = Permission.Restart,
        ["kill"] = Permission.Kill,
        ["cmd"] = Permission.Cmd,
        ["exec"] = Permission.Exec,
        ["logs"] = Permission.Logs,
        ["backup"] = Permission.Backup,
        ["restore"] = Permission.Restore,
        ["update"] = Permission.Update,
        ["all"] = Permission.All,
        // Names of the old discord.py bot's permissions.json.
        ["get_logs"] = Permission.Logs,
        ["list_backups"] = Permission.Backup,
        ["send"] = Permission.Cmd,
    };

    /// <summary>The single permissions in display order (without <see cref="Permission.All"/>).</summary>
    public static IReadOnlyList<Permission> Singles { get; } =
    [
        Permission.Status, Permission.Start, Permission.Stop, Permission.Restart, Permission.Kill,
        Permission.Cmd, Permission.Exec, Permission.Logs, Permission.Backup, Permission.Restore, Permission.Update,
    ];

    public static IReadOnlyList<string> Canonical { get; } = [.. Singles.Select(NameOf), "all"];

    public static bool TryParse(string? name, out Permission permission)
    {
        permission = Permission.None;
        return name is not null && ByName.TryGetValue(name.Trim(), out permission);
    }

    /// <summary>Parses a name a validator has already accepted; throws for programmer errors only.</summary>
    public static Permission Parse(string name) =>
        TryParse(name, out var permission) ? permission : throw new FormatException($"'{name}' is not a permission name.");

    public static string NameOf(Permission permission) =>
        permission == Permission.All ? "all" : permission.ToString().ToLowerInvariant();

    /// <summary>Lists the single permissions contained in a set, e.g. <c>status, restart</c>.</summary>
    public static string Describe(Permission set) =>
        set == Permission.All ? "all"
        : set == Permission.None ? "none"
        : string.Join(", ", Singles.Where(p => set.HasFlag(p)).Select(NameOf));
}
