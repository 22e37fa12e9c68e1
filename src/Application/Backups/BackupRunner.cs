using System.Diagnostics;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Backups;
using ServerStatus.Application.Watch;

namespace ServerStatus.Application.Backups;

/// <summary>
/// Takes one backup of a server whose job lock the caller holds: free-space check, pre-commands or stop,
/// stream the tar through the store (compressed, hashed, temp file, atomic rename), post-commands or start,
/// then the record. Nothing is recorded unless the file was committed. Reports its stages, and the tar bytes
/// written every <see cref="BackupOptions.ProgressIntervalMilliseconds"/> while streaming.
/// </summary>
public sealed class BackupRunner(ServerPower power, 
    IContainerEngine engine,
    IContainerArchive archive,
    IBackupStore store,
    IBackupRepository repository,
    IJobProgress progress,
    TimeProvider time,
    IOptions<BackupOptions> options)
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>The time-stamped name, with a counter when a backup made in the same second already has it.</summary>
    public async Task<string> FreeNameAsync(string server, string stamp, CancellationToken ct)
    {
        var name = stamp;
        for (var n = 2; await repository.FindAsync(server, name, ct) is not null; n++)
        {
            name = $"{stamp}-{n}";
        }

        return name;
    }

    public async Task<Result<BackupRecord>> RunAsync(ServerSummary server, string name, BackupTrigger trigger, string createdBy, bool serverIsStopped, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(server);
        var qualified = server.Id.QualifiedName;
        if (await repository.FindAsync(qualified, name, ct) is not null)
        {
            return Error.Conflict($"`{server.Id.Name}` already has a backup named `{name}`: pick another name or delete it first.", name);
        }

        var file = store.FileFor(server.Id.Engine, server.Id.Name, name);
        if (store.Exists(file))
        {
            return Error.Conflict($"A backup file for `{name}` already exists for `{server.Id.Name}`: pick another name.", name);
        }

        // Room for the configured minimum, or for another archive as large as the server's last one plus a tenth.
        var existing = await repository.ListAsync(qualified, ct);
        var previous = existing.Count > 0 ? existing[0].SizeBytes : 0;
        var needed = Math.Max(options.Value.MinFreeSpaceMegabytes * Megabyte, previous + (previous / 10));
        var free = store.FreeBytes();
        if (free < needed)
        {
            return Error.Failed($"Only {free / Megabyte} MiB are free in the backup directory; this backup needs about {(needed + Megabyte - 1) / Megabyte} MiB (the last backup's size plus a tenth, at least Backups:MinFreeSpaceMegabytes). Delete old backups or free some space.");
        }

        var source = await archive.DescribeAsync(server.Id, ct);
        if (!source.IsSuccess)
        {
            return Result<BackupRecord>.Fail(source.Errors);
        }

        if (source.Value.Paths.Count == 0)
        {
            return Error.Invalid($"`{server.Id.Name}` has no volumes or bind mounts to back up: mount its data, or list paths in the label `serverstatus.backup.paths`.", server.Id.Name);
        }

        var stop = source.Value.StopDuringBackup && server.IsRunning && !serverIsStopped;
        var console = server.IsRunning && !serverIsStopped && !stop;
        if (console)
        {
            ReportIf(source.Value.PreCommands.Count > 0, JobStages.PreBackupCommands);
            var pre = await SendAllAsync(server, source.Value.PreCommands, "pre-backup", ct);
            if (!pre.IsSuccess)
            {
                return Result<BackupRecord>.Fail(pre.Errors);
            }
        }

        if (stop)
        {
            progress.Report(new JobProgress(JobStages.Stopping));
            var stopped = await power.StopAsync(server.Id, server.StopTimeout, ct);
            if (!stopped.IsSuccess)
            {
                return Result<BackupRecord>.Fail(stopped.Errors);
            }
        }

        var started = Stopwatch.StartNew();
        Result<StoredArchive> written;
        try
        {
            var stage = trigger switch
            {
                BackupTrigger.PreRestore => JobStages.WrittenToPreRestoreBackup,
                BackupTrigger.PreUpdate => JobStages.WrittenToPreUpdateBackup,
                _ => JobStages.Written,
            };
            written = await WriteAsync(server, source.Value.Paths, file, stage, ct);
        }
        finally
        {
            // Bring the server back whatever happened, even on cancellation.
            if (stop)
            {
                progress.Report(new JobProgress(JobStages.Starting));
                await power.StartAsync(server.Id, CancellationToken.None);
            }
            else if (console)
            {
                ReportIf(source.Value.PostCommands.Count > 0, JobStages.PostBackupCommands);
                await SendAllAsync(server, source.Value.PostCommands, "post-backup", CancellationToken.None);
            }
        }

        if (!written.IsSuccess)
        {
            return Result<BackupRecord>.Fail(written.Errors);
        }

        var record = BackupRecord.Create(qualified, name, written.Value.File, source.Value.Paths, written.Value.SizeBytes, written.Value.Sha256,
            started.Elapsed, trigger, createdBy, time.GetUtcNow());
        try
        {
            await repository.AddAsync(record, ct);
        }
        catch
        {
            store.Delete(written.Value.File);
            throw;
        }

        return record;
    }

    private async Task<Result<StoredArchive>> WriteAsync(ServerSummary server, IReadOnlyList<string> paths, string file, string stage, CancellationToken ct)
    {
        var begun = store.BeginWrite(file);
        if (!begun.IsSuccess)
        {
            return Result<StoredArchive>.Fail(begun.Errors);
        }

        await using var write = begun.Value;
        Result exported;
        using (ProgressTicker.Start(progress, time, TimeSpan.FromMilliseconds(options.Value.ProgressIntervalMilliseconds), stage, () => write.BytesWritten))
        {
            exported = await archive.ExportAsync(server.Id, paths, write.Content, ct);
        }

        if (!exported.IsSuccess)
        {
            return Result<StoredArchive>.Fail(exported.Errors);
        }

        return await write.CommitAsync(ct);
    }

    private void ReportIf(bool condition, string stage)
    {
        if (condition)
        {
            progress.Report(new JobProgress(stage));
        }
    }

    private async Task<Result> SendAllAsync(ServerSummary server, IReadOnlyList<string> lines, string stage, CancellationToken ct)
    {
        var window = TimeSpan.FromMilliseconds(options.Value.ConsoleEchoMilliseconds);
        foreach (var line in lines)
        {
            var sent = await engine.SendConsoleLineAsync(server.Id, line, window, ct);
            if (!sent.IsSuccess)
            {
                return Error.Conflict($"The {stage} console command `{line}` could not be sent to `{server.Id.Name}`: {sent.Errors[0].Message}", server.Id.Name);
            }
        }

        return Result.Success;
    }
}
