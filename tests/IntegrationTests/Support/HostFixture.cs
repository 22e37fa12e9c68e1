using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Schedules;
using ServerStatus.Infrastructure.Persistence;

namespace ServerStatus.IntegrationTests.Support;

/// <summary>
/// One host under test with its own Docker sandbox, shared by the tests of one class (an xUnit class fixture, see
/// <see cref="HostTests{TFixture}"/>). Subclass it as the class's <c>Setup</c> to create containers before the host
/// starts, change its settings, or arrange what every test starts from (grants, say).
/// <para>
/// Before every test but the first, <see cref="ResetAsync"/> puts back what an earlier test may have left behind:
/// the containers, volumes and bind directories it created, the stored state (grants, stored admins, audit rows,
/// backups and their archives, backup schedules with their jobs, legacy imports, alert routes, mutes and maintenance windows) and the captured log lines; then
/// <see cref="ArrangeAsync"/> runs again. What a reset cannot put back (a dropped table, a removed start-up job, a
/// setting) belongs to a test that starts a fresh host of its own (<c>StartAnotherAsync</c>) and says why.
/// </para>
/// </summary>
public abstract class HostFixture : IAsyncLifetime
{
    private DockerSandbox.Mark _baseline;
    private int _tests;

    public DockerSandbox Sandbox { get; } = new();

    public abstract IServiceProvider Services { get; }

    public abstract CapturedLogs Logs { get; }

    public async Task InitializeAsync()
    {
        await Sandbox.InitializeAsync();
        await BeforeStartAsync();
        await StartHostAsync();
        _baseline = Sandbox.Checkpoint();
        await ArrangeAsync();
    }

    /// <summary>Called by each test before it runs: the first test gets the host as it started, every later one a reset host.</summary>
    public async Task BeginTestAsync()
    {
        if (Interlocked.Increment(ref _tests) > 1)
        {
            await ResetAsync();
        }
    }

    public async Task DisposeAsync()
    {
        await StopHostAsync();
        await Sandbox.DisposeAsync();
        await CleanUpAsync();
    }

    /// <summary>Puts back what a test may leave behind (see the class summary), then arranges again.</summary>
    protected virtual async Task ResetAsync()
    {
        await Sandbox.RemoveSinceAsync(_baseline);
        await ClearStoredStateAsync();
        Logs.Clear();
        await ArrangeAsync();
    }

    protected abstract Task StartHostAsync();

    protected abstract Task StopHostAsync();

    /// <summary>Runs before the host starts, e.g. to create the containers every test of the class uses.</summary>
    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    /// <summary>Changes the host's settings (also those of every other host a test starts with <c>StartAnotherAsync</c>).</summary>
    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }

    /// <summary>What every test starts from in the store (grants, say): runs after start-up and after every reset.</summary>
    protected virtual Task ArrangeAsync() => Task.CompletedTask;

    /// <summary>Runs last, after the host and the containers are gone.</summary>
    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    private async Task ClearStoredStateAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var schedules = scope.ServiceProvider.GetRequiredService<IBackupScheduleRepository>();
        var jobs = scope.ServiceProvider.GetRequiredService<IJobScheduler>();
        foreach (var schedule in await schedules.ListAsync(CancellationToken.None))
        {
            jobs.RemoveRecurring(BackupScheduleJobs.IdFor(schedule.Server));
        }

        foreach (var schedule in await scope.ServiceProvider.GetRequiredService<IPowerScheduleRepository>().ListAsync(CancellationToken.None))
        {
            jobs.RemoveRecurring(PowerScheduleJobs.IdFor(schedule.Id));
        }

        var db = scope.ServiceProvider.GetRequiredService<ServerStatusDbContext>();
        await db.BackupSchedules.ExecuteDeleteAsync();
        await db.PowerSchedules.ExecuteDeleteAsync();
        await db.Backups.ExecuteDeleteAsync();
        await db.Grants.ExecuteDeleteAsync();
        await db.Admins.ExecuteDeleteAsync();
        await db.AuditEntries.ExecuteDeleteAsync();
        await db.LegacyImports.ExecuteDeleteAsync();
        await db.PendingReplies.ExecuteDeleteAsync();
        await db.AlertRoutes.ExecuteDeleteAsync();
        await db.AlertMutes.ExecuteDeleteAsync();
        await db.MaintenanceWindows.ExecuteDeleteAsync();
        await db.StatusBoards.ExecuteDeleteAsync();
        await db.PendingUpdates.ExecuteDeleteAsync();

        var archives = new DirectoryInfo(scope.ServiceProvider.GetRequiredService<IOptions<BackupOptions>>().Value.Directory);
        if (archives.Exists)
        {
            foreach (var entry in archives.EnumerateFileSystemInfos())
            {
                if (entry is DirectoryInfo directory)
                {
                    directory.Delete(recursive: true);
                }
                else
                {
                    entry.Delete();
                }
            }
        }
    }
}
