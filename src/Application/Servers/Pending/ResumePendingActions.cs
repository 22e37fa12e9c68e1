namespace ServerStatus.Application.Servers.Pending;

/// <summary>
/// At start-up (sent with the system actor): wakes every stored pending action now, since the job storage may have
/// lost their timers. Each then takes its next step: a countdown announces the latest mark it missed with the time
/// really left, and one whose time passed while the bot was down runs at once.
/// </summary>
public sealed record ResumePendingActions : ICommand<Result<int>>, IAdminOnly, IAuditable, IAuditedOnlyWhenRefused
{
    public string AuditCommand => "pending";

    public string AuditArguments => "resume";
}

public sealed class ResumePendingActionsHandler(IPendingActionStore store, IPendingActionTimer timer, TimeProvider time)
    : ICommandHandler<ResumePendingActions, Result<int>>
{
    public async ValueTask<Result<int>> Handle(ResumePendingActions command, CancellationToken cancellationToken)
    {
        var all = await store.ListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var pending in all)
        {
            timer.WakeAt(pending.Id, now);
        }

        return all.Count;
    }
}
