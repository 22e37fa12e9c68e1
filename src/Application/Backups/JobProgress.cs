namespace ServerStatus.Application.Backups;

/// <summary>
/// Where a long job (backup, restore) tells how far it is. Scoped: the entry point decides who listens
/// (a Discord reply being edited); when nobody does, reports go nowhere. Reporting must stay cheap.
/// </summary>
public interface IJobProgress
{
    void Report(JobProgress progress);
}

/// <summary>Where a long job is: its <see cref="JobStages">stage</see>, and for stages that stream, the bytes done so far.</summary>
public sealed record JobProgress(string Stage, long? BytesDone = null);

/// <summary>
/// The stages long jobs report. Stages that stream read after a byte count (<c>1.2 GiB written</c>); the others
/// read on their own (<c>stopping the server</c>).
/// </summary>
public static class JobStages
{
    public const string PreBackupCommands = "sending the pre-backup console commands";

    public const string PostBackupCommands = "sending the post-backup console commands";

    public const string Stopping = "stopping the server";

    public const string Announcing = "announcing the stop in-game";

    public const string Starting = "starting the server";

    public const string Written = "written";

    public const string WrittenToPreRestoreBackup = "written to the pre-restore backup";

    public const string WrittenToPreUpdateBackup = "written to the pre-update backup";

    public const string Pulling = "pulled";

    public const string Recreating = "recreating the container with the new image";

    public const string Probation = "watching the new container";

    public const string RollingBack = "rolling back";

    public const string PutBackFromPreUpdate = "put back from the pre-update backup";

    public const string Verifying = "verifying the checksum";

    public const string Restored = "restored";

    public const string RolledBack = "put back from the pre-restore backup";
}

/// <summary>
/// Scoped <see cref="IJobProgress"/>: entry points call <see cref="Set"/> once per scope (like <c>CurrentActor</c>)
/// to pass the reports of this one request to a listener; without one they are dropped.
/// </summary>
public sealed class JobProgressRelay : IJobProgress
{
    private volatile IProgress<JobProgress>? _listener;

    public void Set(IProgress<JobProgress>? listener) => _listener = listener;

    public void Report(JobProgress progress) => _listener?.Report(progress);
}
