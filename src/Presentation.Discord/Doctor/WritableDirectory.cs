using ServerStatus.Infrastructure.Backups;

namespace ServerStatus.Presentation.Discord.Doctor;

/// <summary>
/// Whether the bot could write in a directory, found out without creating it: a probe file is written and deleted in
/// the directory, or, while it does not exist yet, in its nearest existing parent (where the bot would create it).
/// </summary>
internal static class WritableDirectory
{
    /// <summary>The directory itself or its nearest existing parent (the one probed).</summary>
    public static string NearestExisting(string directory)
    {
        var existing = Path.GetFullPath(directory);
        while (!Directory.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
        {
            existing = parent;
        }

        return existing;
    }

    /// <summary>Null when a file can be written in <paramref name="existing"/>, else why not.</summary>
    public static string? FindProblem(string existing)
    {
        // The bot's own temporary suffix: should a probe ever stay behind in the backup directory, start-up removes it.
        var probe = Path.Combine(existing, $".doctor-probe-{Guid.NewGuid():N}{FileSystemBackupStore.TemporarySuffix}");
        try
        {
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex.Message.TrimEnd('.');
        }
    }
}
