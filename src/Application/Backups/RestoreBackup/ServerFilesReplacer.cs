using Microsoft.Extensions.Options;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Servers;
using ServerStatus.Application.Watch;

namespace ServerStatus.Application.Backups.RestoreBackup;

/// <summary>
/// The steps a restore and the recovery of an interrupted one share: replace a stopped server's files with an
/// archive's (reporting the bytes read so far), and start the server again.
/// </summary>
public sealed class ServerFilesReplacer(ServerPower power, 
    IBackupStore store,
    IContainerArchive archive,
    IJobProgress progress,
    IOptions<BackupOptions> options,
    TimeProvider time)
{
    /// <summary>Not cancellable on purpose: stopping half-way would leave half-replaced files.</summary>
    public Task<Result> ReplaceAsync(ServerSummary server, BackupRecord record, string stage)
    {
        ArgumentNullException.ThrowIfNull(server);
        return ReplaceAsync(server.Id, record, stage);
    }

    /// <summary>The same for a container known only by its id (a parked or just created one during an update).</summary>
    public async Task<Result> ReplaceAsync(ServerId container, BackupRecord record, string stage)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(record);
        var opened = store.OpenRead(record.File);
        if (!opened.IsSuccess)
        {
            return Result.Fail(opened.Errors);
        }

        await using var tar = new CountingReadStream(opened.Value);
        using var ticker = ProgressTicker.Start(progress, time, TimeSpan.FromMilliseconds(options.Value.ProgressIntervalMilliseconds), stage, () => tar.BytesRead);
        return await archive.ReplaceAsync(container, record.PathList, tar, CancellationToken.None);
    }

    /// <summary>Starts the server again when it ran before; whether it did start.</summary>
    public async Task<bool> StartAgainAsync(ServerSummary server, bool wasRunning)
    {
        ArgumentNullException.ThrowIfNull(server);
        if (!wasRunning)
        {
            return false;
        }

        progress.Report(new JobProgress(JobStages.Starting));
        var started = await power.StartAsync(server.Id, CancellationToken.None);
        return started.IsSuccess;
    }
}
