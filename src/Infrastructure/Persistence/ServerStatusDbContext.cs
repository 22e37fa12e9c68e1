using Microsoft.EntityFrameworkCore;
using ServerStatus.Application.Bot.Outbox;
using ServerStatus.Domain.Audit;
using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Watch;
using ServerStatus.Infrastructure.Instances;
using ServerStatus.Infrastructure.Metrics;

namespace ServerStatus.Infrastructure.Persistence;

/// <summary>
/// The model shared by every provider. Each provider has its own derived context type, so that
/// each carries its own migrations and provider-specific conventions.
/// </summary>
public abstract class ServerStatusDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Grant> Grants => Set<Grant>();

    public DbSet<StoredAdmin> Admins => Set<StoredAdmin>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<LegacyImport> LegacyImports => Set<LegacyImport>();

    public DbSet<BackupRecord> Backups => Set<BackupRecord>();

    public DbSet<BackupSchedule> BackupSchedules => Set<BackupSchedule>();

    public DbSet<Domain.Schedules.PowerSchedule> PowerSchedules => Set<Domain.Schedules.PowerSchedule>();

    public DbSet<RestoreInProgress> RestoresInProgress => Set<RestoreInProgress>();

    public DbSet<InstanceLease> InstanceLeases => Set<InstanceLease>();

    public DbSet<PendingReply> PendingReplies => Set<PendingReply>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<EventCursor> EventCursors => Set<EventCursor>();

    public DbSet<ImageBaseline> ImageBaselines => Set<ImageBaseline>();

    public DbSet<AlertRoute> AlertRoutes => Set<AlertRoute>();

    public DbSet<AlertMute> AlertMutes => Set<AlertMute>();

    public DbSet<MaintenanceWindow> MaintenanceWindows => Set<MaintenanceWindow>();

    public DbSet<StoredMetricSample> MetricSamples => Set<StoredMetricSample>();

    public DbSet<StoredMetricRollup> MetricRollups => Set<StoredMetricRollup>();

    public DbSet<Domain.Board.StatusBoard> StatusBoards => Set<Domain.Board.StatusBoard>();

    public DbSet<Application.Servers.Pending.PendingPowerAction> PendingPowerActions => Set<Application.Servers.Pending.PendingPowerAction>();

    public DbSet<Domain.Updates.PendingUpdate> PendingUpdates => Set<Domain.Updates.PendingUpdate>();

    public DbSet<Domain.Updates.UpdateJournal> UpdateJournal => Set<Domain.Updates.UpdateJournal>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ServerStatusDbContext).Assembly);
    }
}
