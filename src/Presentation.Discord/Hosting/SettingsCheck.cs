using DiscordApi;
using ServerStatus.Application.Audit;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Cooldowns;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Logging;
using ServerStatus.Application.Metrics;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Watch;
using ServerStatus.Infrastructure.Docker;
using ServerStatus.Infrastructure.Instances;
using ServerStatus.Infrastructure.Persistence;
using ServerStatus.Infrastructure.Scheduling;
using ServerStatus.Presentation.Discord.Bot.Outbox;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Dashboard;
using ServerStatus.Presentation.Discord.Notifications;

namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>
/// Reads and checks every setting of the bot before anything is built from it: one sentence per problem, naming the
/// key, the value (never a secret's) and what to set.
/// </summary>
public static class SettingsCheck
{
    /// <summary>Every options section the bot binds.</summary>
    internal static IReadOnlyList<SettingsSection> Sections { get; } =
    [
        SettingsSection.Of<DiscordApiOptions>(DiscordApiOptions.Section),
        SettingsSection.Of<BotOptions>(BotOptions.Section),
        SettingsSection.Of<CooldownOptions>(CooldownOptions.Section),
        SettingsSection.Of<PermissionsOptions>(PermissionsOptions.Section),
        SettingsSection.Of<DockerOptions>(DockerOptions.Section),
        SettingsSection.Of<DatabaseOptions>(DatabaseOptions.Section),
        SettingsSection.Of<BackupOptions>(BackupOptions.Section),
        SettingsSection.Of<ConsoleOptions>(ConsoleOptions.Section),
        SettingsSection.Of<Application.Servers.Announcements.AnnouncementOptions>(Application.Servers.Announcements.AnnouncementOptions.Section),
        SettingsSection.Of<AuditOptions>(AuditOptions.Section),
        new(JobsOptions.Section, typeof(JobsOptions), BindJobs),
        SettingsSection.Of<LogFileOptions>(LogFileOptions.Section),
        SettingsSection.Of<DashboardAccessOptions>(DashboardAccessOptions.Section),
        SettingsSection.Of<NotificationsOptions>(NotificationsOptions.Section),
        SettingsSection.Of<AlertsOptions>(AlertsOptions.Section),
        SettingsSection.Of<MetricsOptions>(MetricsOptions.Section),
        SettingsSection.Of<Application.Updates.UpdatesOptions>(Application.Updates.UpdatesOptions.Section),
        SettingsSection.Of<Application.Board.BoardOptions>(Application.Board.BoardOptions.Section),
        SettingsSection.Of<Application.Games.GamesOptions>(Application.Games.GamesOptions.Section),
        SettingsSection.Of<InstanceOptions>(InstanceOptions.Section),
        SettingsSection.Of<ReplyOutboxOptions>(ReplyOutboxOptions.Section),
    ];

    public static IReadOnlyList<string> Validate(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = Sections.SelectMany(section => section.Check(configuration)).ToList();
        problems.AddRange(LoggingSetup.LevelProblems(configuration));
        problems.AddRange(CooldownCommands.Problems(configuration, CommandCatalog.Default));
        if (PersistenceRegistration.ConnectionStringProblem(configuration) is { } database)
        {
            problems.Add(database);
        }

        return problems;
    }

    /// <summary>The problems of one options section only (e.g. <c>Dashboard</c> for the check of the dashboard).</summary>
    public static IReadOnlyList<string> ValidateSection(IConfiguration configuration, string key)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Sections.Single(section => section.Key == key).Check(configuration);
    }

    private static JobsOptions BindJobs(IConfiguration configuration)
    {
        var jobs = new JobsOptions();
        JobsOptions.Bind(jobs, configuration);
        return jobs;
    }
}
