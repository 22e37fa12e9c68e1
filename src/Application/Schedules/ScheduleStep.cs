using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Schedules;

/// <summary>One step of a scheduled chain, with its console line for <c>cmd</c>, and the text it was written as.</summary>
public sealed record ScheduleStep(ScheduleStepKind Kind, string? Text, string Written)
{
    /// <summary>The permission the typed command of this step needs.</summary>
    public Permission Required => Kind switch
    {
        ScheduleStepKind.Backup => Permission.Backup,
        ScheduleStepKind.Stop => Permission.Stop,
        ScheduleStepKind.Start => Permission.Start,
        ScheduleStepKind.Restart => Permission.Restart,
        ScheduleStepKind.Cmd => Permission.Cmd,
        _ => throw new InvalidOperationException($"{Kind} is not a step."),
    };

    public override string ToString() => Written;
}

/// <summary>What a step of a chain does.</summary>
public enum ScheduleStepKind
{
    Backup,
    Stop,
    Start,
    Restart,
    Cmd,
}
