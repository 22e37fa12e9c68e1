using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Logging;
using ServerStatus.Infrastructure.Persistence;
using ServerStatus.Presentation.Discord.Dashboard;

namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>Once the host listens: one log line saying where the database, the backups and the log file are, and where the dashboard answers.</summary>
public sealed partial class StartupSummary(
    IServer server,
    IHostApplicationLifetime lifetime,
    DatabaseHealthCheck database,
    IOptions<BackupOptions> backups,
    IOptions<LogFileOptions> logFile,
    IOptions<DashboardAccessOptions> dashboard,
    ILogger<StartupSummary> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Log);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Log()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var databaseAt = database.SqliteFile() ?? $"the SQL Server database of ConnectionStrings:{PersistenceRegistration.ConnectionStringName}";
        var backupsAt = Path.GetFullPath(backups.Value.Directory);
        var logFileAt = Path.GetFullPath(logFile.Value.Path);
        var dashboardAt = dashboard.Value.Enabled
            ? string.Join(", ", addresses.Select(address => address.TrimEnd('/') + DashboardEndpoints.Path))
            : "switched off (Dashboard:Enabled is false)";
        LogWhere(databaseAt, backupsAt, logFileAt, dashboardAt);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Database: {Database}; backups: {Backups}; log file: {LogFile}; dashboard: {Dashboard}")]
    private partial void LogWhere(string database, string backups, string logFile, string dashboard);
}
