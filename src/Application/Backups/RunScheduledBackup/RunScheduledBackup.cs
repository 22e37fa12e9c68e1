using ServerStatus.Application.Servers;

namespace ServerStatus.Application.Backups.RunScheduledBackup;

/// <summary>
/// What the recurring job <c>backup:&lt;server&gt;</c> sends (with the system actor): one scheduled backup of the
/// server, then pruning to the schedule's keep count; the result goes to the notification channel.
/// </summary>
public sealed record RunScheduledBackup(string Server) : ICommand<Result<ScheduledBackupReport>>, IAdminOnly, INamesServer, IHasAuditName
{
    public string AuditCommand => "scheduled backup";
}

public sealed class RunScheduledBackupValidator : AbstractValidator<RunScheduledBackup>
{
    public RunScheduledBackupValidator() => RuleFor(x => x.Server).ServerName();
}

/// <summary>The backup a schedule made, and the older scheduled backups removed to keep <paramref name="Keep"/>.</summary>
public sealed record ScheduledBackupReport(BackupView Backup, IReadOnlyList<string> Pruned, int Keep);

public sealed record ScheduledBackupSucceeded(ScheduledBackupReport Report) : Notification
{
    public override bool IsFailure => false;
}

/// <summary>A scheduled backup that did not happen; <paramref name="Reason"/> is the sentence users would have seen.</summary>
public sealed record ScheduledBackupFailed(string Server, string Reason) : Notification
{
    public override bool IsFailure => true;
}
