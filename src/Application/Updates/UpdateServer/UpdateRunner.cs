using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Backups.RestoreBackup;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.Announcements;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Servers;
using ServerStatus.Domain.Updates;

namespace ServerStatus.Application.Updates.UpdateServer;

/// <summary>
/// Replaces a server's container with one of another image behind a safety net, journaling each stage before it
/// begins: stop (announced in-game for servers with players), pre-update backup of the mounts, park the old container
/// and create the new one with the same configuration, optionally put a backup's data in, start, and watch it for
/// <see cref="UpdatesOptions.ProbationSeconds"/>. Good: the parked container is removed (the old image is kept). Bad:
/// <see cref="RollBackAsync"/> puts the old container and the pre-update data back. <c>update</c>, <c>rollback</c>,
/// the auto-update and the start-up recovery share it.
/// </summary>
public sealed class UpdateRunner(
    IServerRecreator recreator,
    IContainerEngine engine,
    IContainerArchive archive,
    ServerPower power,
    ConsoleAnnouncer announcer,
    BackupRunner backups,
    IBackupRepository backupRecords,
    IBackupStore backupStore,
    ServerFilesReplacer replacer,
    IUpdateJournalStore journals,
    IJobProgress progress,
    ICurrentActor actor,
    TimeProvider time,
    IOptions<UpdatesOptions> options)
{
    private const int LogLines = 15;

    private static readonly TimeSpan NewContainerStopTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Runs <paramref name="server"/> (described by <paramref name="current"/>) on the image <paramref name="imageId"/>,
    /// which <paramref name="current"/>'s reference names now; <paramref name="data"/>, when given, replaces the mounts'
    /// contents before the new container starts (a rollback's pre-update data).
    /// </summary>
    public async Task<Result<UpdateOutcome>> RunAsync(ServerSummary server, ContainerImage current, string imageId, BackupRecord? data, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(current);
        var journal = UpdateJournal.Begin(server.Id.Engine, server.Id.QualifiedName, current.ContainerName, current.Reference, server.Id.ContainerId,
            current.ImageId, ParkedContainer.NameFor(current.ContainerName), server.IsRunning, actor.Actor.ToString(), time.GetUtcNow());
        await journals.SaveAsync(journal, CancellationToken.None);

        journal.Enter(UpdateStage.Stopping);
        await journals.SaveAsync(journal, CancellationToken.None);
        var stopped = await StopAsync(server, ct);
        if (!stopped.IsSuccess)
        {
            return await RefuseAsync(journal, server, $"the server could not be stopped: {stopped.Errors[0].Message}");
        }

        var backup = await BackUpAsync(server, journal, ct);
        if (!backup.IsSuccess)
        {
            return await RefuseAsync(journal, server, $"the pre-update backup failed: {backup.Errors[0].Message}");
        }

        // From here on the update finishes or rolls back: cancelling half-way would leave the server without a container.
        journal.Enter(UpdateStage.Recreating);
        await journals.SaveAsync(journal, CancellationToken.None);
        progress.Report(new JobProgress(JobStages.Recreating));
        var created = await recreator.RecreateAsync(server.Id.Engine, server.Id.ContainerId, journal.ParkedName, current.Reference, CancellationToken.None);
        if (!created.IsSuccess)
        {
            return await RollBackAsync(journal, $"the new container could not be created: {created.Errors[0].Message}", logs: []);
        }

        journal.Created(created.Value, imageId);
        journal.Enter(UpdateStage.Probation);
        await journals.SaveAsync(journal, CancellationToken.None);
        var newServer = server.Id with { ContainerId = created.Value };
        if (data is not null)
        {
            var put = await PutBackAsync(newServer, data);
            if (!put.IsSuccess)
            {
                return await RollBackAsync(journal, $"the data of `{data.Name}` could not be put back: {put.Errors[0].Message}", logs: []);
            }
        }

        var problem = await ProbationAsync(newServer);
        if (problem is not null)
        {
            var logs = await engine.GetLogTailAsync(newServer, LogLines, CancellationToken.None);
            return await RollBackAsync(journal, problem, logs.IsSuccess ? logs.Value : []);
        }

        if (!journal.ServerWasRunning)
        {
            // Started only to be watched: a server that was stopped stays stopped.
            await power.StopAsync(newServer, server.StopTimeout, CancellationToken.None);
        }

        var removed = await recreator.RemoveAsync(server.Id.Engine, server.Id.ContainerId, CancellationToken.None);
        journal.End(UpdateStage.Good, removed.IsSuccess ? null : $"the parked old container `{journal.ParkedName}` could not be removed: {removed.Errors[0].Message}", time.GetUtcNow());
        await journals.SaveAsync(journal, CancellationToken.None);
        return new UpdateOutcome(journal.Id, server.Id.Name, true, journal.Backup, journal.Problem, [], current.IsComposeManaged);
    }

    /// <summary>
    /// Puts the old container and the pre-update data back: removes the new container, replaces the mounts' contents
    /// with the pre-update backup (checksum verified first), renames the old container back and starts it if it ran.
    /// Never cancelled: a rollback left half-way is worse than a slow one.
    /// </summary>
    public async Task<Result<UpdateOutcome>> RollBackAsync(UpdateJournal journal, string problem, IReadOnlyList<string> logs)
    {
        ArgumentNullException.ThrowIfNull(journal);
        journal.Enter(UpdateStage.RollingBack);
        await journals.SaveAsync(journal, CancellationToken.None);
        progress.Report(new JobProgress(JobStages.RollingBack));
        var undone = await UndoAsync(journal);
        var name = ServerName.Parse(journal.Server).Name;
        if (!undone.IsSuccess)
        {
            var failed = $"{problem}; the rollback failed too: {undone.Errors[0].Message}";
            journal.End(UpdateStage.Failed, failed, time.GetUtcNow());
            await journals.SaveAsync(journal, CancellationToken.None);
            return Error.Failed($"Updating `{name}` failed ({problem}) and the rollback failed too: {undone.Errors[0].Message}. The old container is `{journal.ParkedName}`"
                + (journal.Backup is { } b ? $" and the pre-update backup `{b}`" : "") + ": put them back by hand.", name);
        }

        journal.End(UpdateStage.RolledBack, problem, time.GetUtcNow());
        await journals.SaveAsync(journal, CancellationToken.None);
        return new UpdateOutcome(journal.Id, name, false, journal.Backup, problem, logs, false);
    }

    /// <summary>An update interrupted before anything was changed: the server is started again if it ran; the journal says so.</summary>
    public async Task<Result<UpdateOutcome>> AbandonAsync(UpdateJournal journal, string problem)
    {
        ArgumentNullException.ThrowIfNull(journal);
        var old = new ServerId(journal.Engine, journal.OldContainerId, ServerName.Parse(journal.Server).Name);
        if (journal.ServerWasRunning)
        {
            await power.StartAsync(old, CancellationToken.None);
        }

        journal.End(UpdateStage.Failed, problem, time.GetUtcNow());
        await journals.SaveAsync(journal, CancellationToken.None);
        return new UpdateOutcome(journal.Id, old.Name, false, journal.Backup, problem, [], false);
    }

    private async Task<Result> UndoAsync(UpdateJournal journal)
    {
        var name = ServerName.Parse(journal.Server).Name;
        if (journal.NewContainerId is { } newId)
        {
            // Stopped as the bot's own action first, so the watch does not report the removal as a kill from outside.
            await power.StopAsync(new ServerId(journal.Engine, newId, name), NewContainerStopTimeout, CancellationToken.None);
            var removed = await recreator.RemoveAsync(journal.Engine, newId, CancellationToken.None);
            if (!removed.IsSuccess)
            {
                return Error.Failed($"the new container could not be removed: {removed.Errors[0].Message}");
            }
        }

        var oldName = await recreator.NameOfAsync(journal.Engine, journal.OldContainerId, CancellationToken.None);
        if (!oldName.IsSuccess || oldName.Value is null)
        {
            return Error.Failed(oldName.IsSuccess ? "the old container is gone" : oldName.Errors[0].Message);
        }

        if (oldName.Value != journal.ContainerName)
        {
            // A container created under the name but never journaled (the bot died right after creating it) goes too.
            var stray = await recreator.RemoveAsync(journal.Engine, journal.ContainerName, CancellationToken.None);
            if (!stray.IsSuccess)
            {
                return Error.Failed($"the container now named `{journal.ContainerName}` could not be removed: {stray.Errors[0].Message}");
            }
        }

        var old = new ServerId(journal.Engine, journal.OldContainerId, name);
        if (journal.Backup is { } backup)
        {
            var record = await backupRecords.FindAsync(journal.Server, backup, CancellationToken.None);
            if (record is null)
            {
                return Error.Failed($"the pre-update backup `{backup}` is no longer recorded");
            }

            var put = await PutBackAsync(old, record);
            if (!put.IsSuccess)
            {
                return put;
            }
        }

        if (oldName.Value != journal.ContainerName)
        {
            var renamed = await recreator.RenameAsync(journal.Engine, journal.OldContainerId, journal.ContainerName, CancellationToken.None);
            if (!renamed.IsSuccess)
            {
                return Error.Failed($"the old container could not get its name back: {renamed.Errors[0].Message}");
            }
        }

        if (journal.ServerWasRunning)
        {
            progress.Report(new JobProgress(JobStages.Starting));
            var started = await power.StartAsync(old, CancellationToken.None);
            if (!started.IsSuccess)
            {
                return Error.Failed($"the old container is back but did not start: {started.Errors[0].Message}");
            }
        }

        return Result.Success;
    }

    /// <summary>Replaces the container's mount contents with a backup's, verified first like a restore.</summary>
    private async Task<Result> PutBackAsync(ServerId container, BackupRecord record)
    {
        progress.Report(new JobProgress(JobStages.Verifying));
        var verified = await backupStore.VerifyAsync(record.File, record.Sha256, CancellationToken.None);
        if (!verified.IsSuccess)
        {
            return Error.Failed($"the backup `{record.Name}` is damaged: {verified.Errors[0].Message}");
        }

        var replaced = await replacer.ReplaceAsync(container, record, JobStages.PutBackFromPreUpdate);
        return replaced.IsSuccess ? Result.Success : Error.Failed($"putting back `{record.Name}` failed: {replaced.Errors[0].Message}");
    }

    private async Task<Result> StopAsync(ServerSummary server, CancellationToken ct)
    {
        if (!server.IsRunning)
        {
            return Result.Success;
        }

        var lead = TimeSpan.FromSeconds(options.Value.AnnounceSeconds);
        if (server.HasPlayerSource && lead > TimeSpan.Zero && await announcer.TemplateAsync(server.Id, ct) is { IsSuccess: true, Value: { } template })
        {
            progress.Report(new JobProgress(JobStages.Announcing));
            await announcer.CountdownAsync(server.Id, template, PowerAction.Stop, lead, ct);
        }

        progress.Report(new JobProgress(JobStages.Stopping));
        var stopped = await power.StopAsync(server.Id, server.StopTimeout, ct);
        return stopped.IsSuccess ? Result.Success : Result.Fail(stopped.Errors);
    }

    private async Task<Result> BackUpAsync(ServerSummary server, UpdateJournal journal, CancellationToken ct)
    {
        var source = await archive.DescribeAsync(server.Id, ct);
        if (!source.IsSuccess)
        {
            return Result.Fail(source.Errors);
        }

        if (source.Value.Paths.Count == 0)
        {
            return Result.Success; // No mounts: the container holds no data worth keeping across an update.
        }

        var name = await backups.FreeNameAsync(server.Id.QualifiedName, "pre-update-" + BackupName.FromTime(time.GetUtcNow()), ct);
        var taken = await backups.RunAsync(server, name, BackupTrigger.PreUpdate, actor.Actor.ToString(), serverIsStopped: true, ct);
        if (!taken.IsSuccess)
        {
            return Result.Fail(taken.Errors);
        }

        journal.BackedUp(name);
        return Result.Success;
    }

    /// <summary>Starts the new container and watches it; null when it stayed up (and healthy) for the whole probation, else what went wrong.</summary>
    private async Task<string?> ProbationAsync(ServerId container)
    {
        progress.Report(new JobProgress(JobStages.Starting));
        var started = await power.StartAsync(container, CancellationToken.None);
        if (!started.IsSuccess)
        {
            return $"the new container did not start: {started.Errors[0].Message}";
        }

        progress.Report(new JobProgress(JobStages.Probation));
        var probation = TimeSpan.FromSeconds(options.Value.ProbationSeconds);
        var poll = TimeSpan.FromMilliseconds(Math.Min(1000, probation.TotalMilliseconds / 4));
        var begun = time.GetTimestamp();
        while (true)
        {
            var probe = await recreator.ProbeAsync(container.Engine, container.ContainerId, CancellationToken.None);
            if (!probe.IsSuccess)
            {
                return $"the new container could not be watched: {probe.Errors[0].Message}";
            }

            var seen = probe.Value;
            var done = time.GetElapsedTime(begun) >= probation;
            if (Verdict(seen, done, options.Value.ProbationSeconds) is { } verdict)
            {
                return verdict;
            }

            if (done)
            {
                return null;
            }

            await Task.Delay(poll, time, CancellationToken.None);
        }
    }

    /// <summary>What is wrong with the new container now (null: nothing yet); at the end of the probation a health check must say healthy.</summary>
    public static string? Verdict(ContainerProbe probe, bool probationOver, int probationSeconds)
    {
        ArgumentNullException.ThrowIfNull(probe);
        if (probe.RestartCount > 0)
        {
            return $"the new container restarted {probe.RestartCount} time(s) during the {probationSeconds} s probation (crash loop)";
        }

        if (!probe.Running)
        {
            return $"the new container stopped during the {probationSeconds} s probation (exit code {probe.ExitCode})";
        }

        if (probe.Health == "unhealthy")
        {
            return "the new container's health check says unhealthy";
        }

        return probationOver && probe.Health is { } health && health != "healthy"
            ? $"the new container was not healthy after the {probationSeconds} s probation (its health check says {health})"
            : null;
    }

    private async Task<Result<UpdateOutcome>> RefuseAsync(UpdateJournal journal, ServerSummary server, string problem)
    {
        await AbandonAsync(journal, problem);
        return Error.Failed($"Update of `{server.Id.Name}` refused, nothing was changed: {problem}.", server.Id.Name);
    }
}

/// <summary>
/// How an update (or rollback) ended: <paramref name="Good"/> when the new container passed its probation, otherwise the
/// old one runs again with the pre-update data and <paramref name="Problem"/> says why (with the new container's last log lines).
/// </summary>
public sealed record UpdateOutcome(long JournalId, string Server, bool Good, string? Backup, string? Problem, IReadOnlyList<string> Logs, bool ComposeManaged);
