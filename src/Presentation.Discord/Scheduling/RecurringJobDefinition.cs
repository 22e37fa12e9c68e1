namespace ServerStatus.Presentation.Discord.Scheduling;

/// <summary>One recurring job: its id, its schedule and the configuration key the schedule comes from.</summary>
public sealed record RecurringJobDefinition(string Id, string Cron, string CronKey);
