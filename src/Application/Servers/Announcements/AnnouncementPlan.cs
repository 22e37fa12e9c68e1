namespace ServerStatus.Application.Servers.Announcements;

/// <summary>
/// When a countdown speaks in-game and what it says: announced when asked (the whole delay), then at each configured
/// mark shorter than the delay, then the action runs. A step is computed from the time alone, so a countdown resumed
/// late (after a bot restart) announces only the latest mark it missed, with the time really left, and runs when due.
/// </summary>
public static class AnnouncementPlan
{
    /// <summary>A mark this close to the current time counts as reached (timers fire a little early or late).</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(500);

    /// <summary>The marks of a countdown of <paramref name="delay"/>: the delay itself, then the configured marks shorter than it, longest first.</summary>
    public static IReadOnlyList<TimeSpan> MarksFor(TimeSpan delay, IReadOnlyList<TimeSpan> configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        return [delay, .. configured.Where(m => m < delay).Distinct().OrderDescending()];
    }

    /// <summary>
    /// What a countdown due at <paramref name="due"/> does at <paramref name="now"/>, when its marks down to
    /// <paramref name="announcedDownTo"/> (null: none) have been announced.
    /// </summary>
    public static CountdownStep Next(DateTimeOffset due, IReadOnlyList<TimeSpan> marks, TimeSpan? announcedDownTo, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(marks);
        var remaining = due - now;
        if (remaining <= Tolerance)
        {
            return new CountdownStep.Run();
        }

        var open = marks.Where(m => announcedDownTo is not { } done || m < done).ToList();
        var reached = open.Where(m => m >= remaining - Tolerance).ToList();
        if (reached.Count > 0)
        {
            return new CountdownStep.Announce(reached.Min(), remaining);
        }

        return new CountdownStep.Wait(open.Count > 0 ? due - open.Max() : due);
    }

    /// <summary>What players read: <c>Server restarting in 5 minutes: map reset</c>.</summary>
    public static string Message(PowerAction action, TimeSpan remaining, string? reason)
    {
        var doing = action == PowerAction.Stop ? "stopping" : "restarting";
        var text = $"Server {doing} in {Durations.Words(remaining)}";
        return string.IsNullOrWhiteSpace(reason) ? text : $"{text}: {reason}";
    }

    /// <summary>What players read when the countdown is called off.</summary>
    public static string Cancelled(PowerAction action) =>
        action == PowerAction.Stop ? "The announced stop was cancelled." : "The announced restart was cancelled.";
}

/// <summary>The next thing a countdown does.</summary>
public abstract record CountdownStep
{
    private CountdownStep()
    {
    }

    /// <summary>Announce <paramref name="Mark"/> now; <paramref name="Remaining"/> is the time really left, which the message says.</summary>
    public sealed record Announce(TimeSpan Mark, TimeSpan Remaining) : CountdownStep;

    /// <summary>Nothing to do until <paramref name="Until"/>.</summary>
    public sealed record Wait(DateTimeOffset Until) : CountdownStep;

    /// <summary>The countdown is over: run the action.</summary>
    public sealed record Run : CountdownStep;
}
