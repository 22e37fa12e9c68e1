namespace ServerStatus.Application.Schedules.RunScheduledPowerAction;

/// <summary>
/// What the recurring job <c>power:&lt;id&gt;</c> sends (with the system actor): one run of a power schedule or chain,
/// on behalf of its author, whose rights are checked again first. The result goes to the notification channel.
/// </summary>
public sealed record RunScheduledPowerAction(long ScheduleId) : ICommand<Result<ScheduledRunReport>>, IAdminOnly, IAuditable, IHasAuditName
{
    public string AuditCommand => "scheduled power action";

    public string AuditArguments => $"schedule {ScheduleId}";
}

/// <summary>What a run did: the server, the schedule's kind, each step's outcome and the announcement lines sent.</summary>
public sealed record ScheduledRunReport(string Server, string Kind, ChainReport Chain, IReadOnlyList<string> Announced, string? Note)
{
    public bool Succeeded => Chain.Succeeded;
}

/// <summary>A run that ended, well or not; the report says which steps ran.</summary>
public sealed record ScheduledRunFinished(ScheduledRunReport Report) : Notification
{
    public override bool IsFailure => !Report.Succeeded;
}

/// <summary>A run that could not begin (author's rights revoked, server gone or busy, a failure of the bot).</summary>
public sealed record ScheduledRunRefused(string Server, string Kind, string Reason) : Notification
{
    public override bool IsFailure => true;
}
