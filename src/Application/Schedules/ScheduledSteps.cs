using ServerStatus.Domain.Schedules;

namespace ServerStatus.Application.Schedules;

/// <summary>The steps a schedule runs: its one action, or its chain's steps.</summary>
public static class ScheduledSteps
{
    /// <summary>The steps of a schedule of <paramref name="kind"/>; a chain's <paramref name="steps"/> must be valid (validators check them first).</summary>
    public static IReadOnlyList<ScheduleStep> Of(PowerScheduleKind kind, string? steps) => kind switch
    {
        PowerScheduleKind.Restart => [new ScheduleStep(ScheduleStepKind.Restart, null, "restart")],
        PowerScheduleKind.Stop => [new ScheduleStep(ScheduleStepKind.Stop, null, "stop")],
        PowerScheduleKind.Start => [new ScheduleStep(ScheduleStepKind.Start, null, "start")],
        PowerScheduleKind.Chain => ScheduleSteps.Parse(steps) is { IsSuccess: true } parsed
            ? parsed.Value
            : throw new InvalidOperationException($"The stored chain `{steps}` does not parse."),
        _ => throw new InvalidOperationException($"{kind} is not a schedule kind."),
    };
}
