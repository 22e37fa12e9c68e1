namespace ServerStatus.Domain.Backups;

/// <summary>How far a restore got: what a restart must undo when the bot stopped in the middle of it.</summary>
public enum RestoreStage
{
    /// <summary>Stopping the server or taking the safety backup: its files are untouched.</summary>
    Preparing,

    /// <summary>The server's files are being replaced with the backup's.</summary>
    Replacing,

    /// <summary>The replacement failed and the safety backup is being put back.</summary>
    RollingBack,
}
