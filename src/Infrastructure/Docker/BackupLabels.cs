namespace ServerStatus.Infrastructure.Docker;

/// <summary>The container labels that tune a server's backups.</summary>
public static class BackupLabels
{
    /// <summary>Container paths to back up instead of all mounts, separated by <c>;</c> or <c>,</c>.</summary>
    public const string Paths = "serverstatus.backup.paths";

    /// <summary>Console lines sent before a backup, separated by <c>;</c>.</summary>
    public const string PreCommands = "serverstatus.backup.pre-commands";

    /// <summary>Console lines sent after a backup, separated by <c>;</c>.</summary>
    public const string PostCommands = "serverstatus.backup.post-commands";

    /// <summary><c>true</c>: stop the server during the backup and start it again afterwards.</summary>
    public const string Stop = "serverstatus.backup.stop";

    /// <summary>Carried by the short-lived helper containers of restores.</summary>
    public const string Helper = "serverstatus.helper";

    public static IReadOnlyList<string> Lines(IDictionary<string, string>? labels, string key) =>
        labels is not null && labels.TryGetValue(key, out var text)
            ? [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : [];

    /// <summary>An absolute, normalized container path without <c>..</c>, or null.</summary>
    public static string? NormalizePath(string path)
    {
        if (!path.StartsWith('/'))
        {
            return null;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => s is "." or ".."))
        {
            return null;
        }

        return "/" + string.Join('/', segments);
    }
}
