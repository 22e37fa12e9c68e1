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
    All = Status | Start | Stop | Restart | Kill | Cmd | Exec | Logs | Backup | Restore,
}
