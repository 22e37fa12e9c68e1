using ServerStatus.Application.Servers;

namespace ServerStatus.Application.Backups.RestoreBackup;

/// <summary>
/// What the bot sends at start-up (with the system actor) for each restore it did not live to finish: put the
/// server's files back from the safety backup if they may have been touched, start the server again if it ran,
/// and tell the notification channel.
/// </summary>
public sealed record RecoverInterruptedRestore(string Server) : ICommand<Result<RecoveredRestore>>, IAdminOnly, INamesServer, IHasAuditName
{
    public string AuditCommand => "restore recovery";
}

public sealed class RecoverInterruptedRestoreValidator : AbstractValidator<RecoverInterruptedRestore>
{
    public RecoverInterruptedRestoreValidator() => RuleFor(x => x.Server).ServerName();
}

/// <summary>The engine-qualified names of the servers whose restore was interrupted, oldest first.</summary>
public sealed record ListInterruptedRestores : IQuery<Result<IReadOnlyList<string>>>, IAdminOnly, INotAudited;

public sealed class ListInterruptedRestoresHandler(IRestoreJournal journal) : IQueryHandler<ListInterruptedRestores, Result<IReadOnlyList<string>>>
{
    public async ValueTask<Result<IReadOnlyList<string>>> Handle(ListInterruptedRestores query, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<string>>.Success([.. (await journal.ListAsync(cancellationToken)).Select(r => r.Server)]);
}

/// <summary>
/// An interrupted restore made good: <paramref name="RolledBackTo"/> is the safety backup put back (null when the
/// server's files were never touched), <paramref name="Running"/> whether the server runs now (it is started again
/// when it ran before the restore).
/// </summary>
public sealed record RecoveredRestore(string Server, string Backup, string? RolledBackTo, bool Running);

public sealed record InterruptedRestoreRecovered(RecoveredRestore Recovery) : Notification
{
    public override bool IsFailure => false;
}

/// <summary>An interrupted restore the bot could not make good; <paramref name="Reason"/> says what an admin should do.</summary>
public sealed record InterruptedRestoreNotRecovered(string Server, string Backup, string Reason) : Notification
{
    public override bool IsFailure => true;
}
