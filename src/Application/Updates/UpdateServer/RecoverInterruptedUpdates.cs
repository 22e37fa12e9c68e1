using ServerStatus.Application.Backups;
using ServerStatus.Domain.Servers;
using ServerStatus.Domain.Updates;

namespace ServerStatus.Application.Updates.UpdateServer;

/// <summary>
/// Sent at start-up with the system actor: every update the bot did not live to finish is made good. Before anything was
/// changed it is abandoned (the server started again if it ran); after that it is rolled back — an update is never
/// left half-way, and one not declared good is never kept.
/// </summary>
public sealed record RecoverInterruptedUpdates : ICommand<Result<IReadOnlyList<UpdateOutcome>>>, IAdminOnly, IHasAuditName
{
    public string AuditCommand => "update recovery";
}

/// <summary>Nothing to check: the message carries no data.</summary>
public sealed class RecoverInterruptedUpdatesValidator : AbstractValidator<RecoverInterruptedUpdates>;

public sealed class RecoverInterruptedUpdatesHandler(IUpdateJournalStore journals, UpdateRunner runner, ServerJobLocks locks, INotifier notifier)
    : ICommandHandler<RecoverInterruptedUpdates, Result<IReadOnlyList<UpdateOutcome>>>
{
    private const string Interrupted = "the bot stopped during the update";

    public async ValueTask<Result<IReadOnlyList<UpdateOutcome>>> Handle(RecoverInterruptedUpdates command, CancellationToken cancellationToken)
    {
        var outcomes = new List<UpdateOutcome>();
        foreach (var listed in await journals.ListUnfinishedAsync(cancellationToken))
        {
            // An update this process runs now (started before the recovery got its turn) holds the server's lock: not interrupted.
            var held = locks.TryAcquire(listed.Server, ServerName.Parse(listed.Server).Name, ServerJob.Update);
            if (!held.IsSuccess)
            {
                continue;
            }

            using var _ = held.Value;
            if (await journals.FindAsync(listed.Id, cancellationToken) is not { IsFinished: false } journal)
            {
                continue; // It ended meanwhile.
            }

            var outcome = journal.Stage is UpdateStage.Pulled or UpdateStage.Stopping
                ? await runner.AbandonAsync(journal, Interrupted + ", before anything was changed")
                : await runner.RollBackAsync(journal, Interrupted, logs: []);
            var told = outcome.IsSuccess ? outcome.Value : new UpdateOutcome(journal.Id, journal.Server, false, journal.Backup, outcome.Errors[0].Message, [], false);
            await notifier.NotifyAsync(new UpdateFinished("Update interrupted by a bot stop", told), cancellationToken);
            outcomes.Add(told);
        }

        return outcomes;
    }
}

/// <summary>Whether any update has not ended: the start-up recovery runs (and is audited) only then.</summary>
public sealed record HasUnfinishedUpdates : IQuery<Result<bool>>, IAdminOnly, INotAudited;

public sealed class HasUnfinishedUpdatesHandler(IUpdateJournalStore journals) : IQueryHandler<HasUnfinishedUpdates, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(HasUnfinishedUpdates query, CancellationToken cancellationToken) =>
        (await journals.ListUnfinishedAsync(cancellationToken)).Count > 0;
}
