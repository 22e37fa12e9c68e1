namespace ServerStatus.Application.Schedules.RunScheduledPowerAction;

/// <summary>
/// Runs steps one after another: each starts only when the one before succeeded; after a failure the rest are skipped.
/// </summary>
public static class ChainRunner
{
    public static async Task<ChainReport> RunAsync(
        IReadOnlyList<ScheduleStep> steps,
        Func<ScheduleStep, CancellationToken, Task<Result<string>>> run,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(run);
        var outcomes = new List<StepOutcome>(steps.Count);
        var failed = false;
        foreach (var step in steps)
        {
            if (failed)
            {
                outcomes.Add(new StepOutcome(step, StepStatus.Skipped, ""));
                continue;
            }

            var result = await run(step, ct);
            failed = !result.IsSuccess;
            outcomes.Add(result.IsSuccess
                ? new StepOutcome(step, StepStatus.Done, result.Value)
                : new StepOutcome(step, StepStatus.Failed, string.Join(" ", result.Errors.Select(e => e.Message))));
        }

        return new ChainReport(outcomes);
    }
}

/// <summary>What each step did, in order.</summary>
public sealed record ChainReport(IReadOnlyList<StepOutcome> Steps)
{
    public bool Succeeded => Steps.All(s => s.Status == StepStatus.Done);

    /// <summary>The step that failed, if one did.</summary>
    public StepOutcome? Failed => Steps.FirstOrDefault(s => s.Status == StepStatus.Failed);

    public IReadOnlyList<StepOutcome> Skipped => [.. Steps.Where(s => s.Status == StepStatus.Skipped)];

    /// <summary>One sentence: every step done, or which failed and why, and which were skipped.</summary>
    public string Summary => Failed is { } failed
        ? $"step {Steps.ToList().IndexOf(failed) + 1} `{failed.Step}` failed: {failed.Detail}"
            + (Skipped.Count > 0 ? $" Skipped: {string.Join(", ", Skipped.Select(s => $"`{s.Step}`"))}." : "")
        : string.Join("; ", Steps.Select(s => $"{s.Step}: {s.Detail}"));
}

/// <summary>One step's outcome, with what it did or why it failed.</summary>
public sealed record StepOutcome(ScheduleStep Step, StepStatus Status, string Detail);

public enum StepStatus
{
    Done,
    Failed,
    Skipped,
}
