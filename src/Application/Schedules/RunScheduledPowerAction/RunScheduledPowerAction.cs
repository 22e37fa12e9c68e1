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

/// <summary>
/// What a run did: the server, the schedule's kind, each step's outcome and the announcement lines sent; whether it was
/// an interrupted run resumed after a restart of the bot (its steps done before are reported as such).
/// </summary>
public sealed record ScheduledRunReport(string Server, string Kind, ChainReport Chain, IReadOnlyList<string> Announced, string? Note, bool Resumed = false)
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

/// <summary>
/// An open run found after a restart of the bot continues (ADR-013): begun at <paramref name="StartedAt"/>, with
/// <paramref name="StepsDone"/> of its steps finished; the step after them runs again.
/// </summary>
public sealed record ScheduledRunResumed(string Server, string Kind, DateTimeOffset StartedAt, int StepsDone, IReadOnlyList<ScheduleStep> Steps) : Notification
{
    public override bool IsFailure => false;

    /// <summary>The step that was interrupted and runs again, or null when every step had finished.</summary>
    public ScheduleStep? Repeated => StepsDone < Steps.Count ? Steps[StepsDone] : null;
}

/// <summary>A fire skipped because the server is in maintenance (<paramref name="Reason"/>: "in maintenance until …"); the schedule stays.</summary>
public sealed record ScheduledRunSkipped(string Server, string Kind, string Reason) : Notification
{
    public override bool IsFailure => false;
}
