namespace ServerStatus.Domain.Permissions;

/// <summary>What a grant allows on a server. A set of flags so that effective rights are a union.</summary>
[Flags]
public enum Permission
{
    None = 0,
    Status = 1 << 0,
    Start = 1 << 1,
    Stop = 1 << 2,
    Restart = 1 << 3,
    Kill = 1 << 4,
    Cmd = 1 << 5,
    Exec = 1 << 6,
    Logs = 1 << 7,
    Backup = 1 << 8,
    Restore = 1 << 9,

    /// <summary>Check for newer images and decide about them (<c>update check</c>, skip a version).</summary>
    Update = 1 << 10,

    /// <summary>Every permission. Stored grants of <c>all</c> made before <see cref="Update"/> existed are widened by a migration.</summary>
    All = Status | Start | Stop | Restart | Kill | Cmd | Exec | Logs | Backup | Restore | Update,
}
