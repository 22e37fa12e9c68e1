using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Doctor;

/// <summary>The backup directory: writable (a probe file, written and deleted), with at least <c>Backups:MinFreeSpaceMegabytes</c> free.</summary>
public sealed class BackupDirectoryCheck(IBackupStore store, IOptions<BackupOptions> options)
{
    private const long Megabyte = 1024 * 1024;

    public DoctorLine Run()
    {
        var settings = options.Value;
        var directory = Path.GetFullPath(settings.Directory);
        var existing = WritableDirectory.NearestExisting(directory);
        if (WritableDirectory.FindProblem(existing) is { } problem)
        {
            return DoctorLine.Fail($"the backup directory {directory} is not writable ({problem})", "fix its permissions or set Backups:Directory.");
        }

        // The store creates its directory to measure it; while it does not exist, the volume of its parent is measured.
        var free = existing == directory ? store.FreeBytes() : new DriveInfo(existing).AvailableFreeSpace;
        if (free < settings.MinFreeSpaceMegabytes * Megabyte)
        {
            return DoctorLine.Fail(
                $"the backup directory {directory} has only {HumanTime.Bytes(free)} free, less than Backups:MinFreeSpaceMegabytes ({settings.MinFreeSpaceMegabytes} MiB)",
                "free some space, or set Backups:Directory to a larger volume.");
        }

        return DoctorLine.Pass(existing == directory
            ? $"the backup directory {directory} is writable, {HumanTime.Bytes(free)} free"
            : $"the backup directory {directory} does not exist yet; the bot creates it in {existing}, which is writable, {HumanTime.Bytes(free)} free");
    }
}
