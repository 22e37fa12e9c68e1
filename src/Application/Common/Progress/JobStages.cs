namespace ServerStatus.Application.Common.Progress;

/// <summary>
/// The stages long jobs report. Stages that stream read after a byte count (<c>1.2 GiB written</c>); the others
/// read on their own (<c>stopping the server</c>).
/// </summary>
public static class JobStages
{
    public const string PreBackupCommands = "sending the pre-backup console commands";

    public const string PostBackupCommands = "sending the post-backup console commands";

    public const string Stopping = "stopping the server";

    public const string Starting = "starting the server";

    public const string Written = "written";

    public const string WrittenToPreRestoreBackup = "written to the pre-restore backup";

    public const string Verifying = "verifying the checksum";

    public const string Restored = "restored";

    public const string RolledBack = "put back from the pre-restore backup";
}
