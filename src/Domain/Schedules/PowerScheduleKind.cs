namespace ServerStatus.Domain.Schedules;

/// <summary>What a power schedule runs.</summary>
public enum PowerScheduleKind
{
    Restart = 1,
    Stop = 2,
    Start = 3,
    Chain = 4,
}
