using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Results;
using ServerStatus.Domain.Servers;

namespace ServerStatus.UnitTests.Fakes;

/// <summary>
/// A server's files as scripted tar streams: <see cref="Export"/> writes the tar of a backup, <see cref="Replace"/>
/// consumes the tar of a restore (a test can advance a fake clock between chunks).
/// </summary>
public sealed class InMemoryContainerArchive : IContainerArchive
{
    public BackupSource Source { get; set; } = new(["/data"], [], [], StopDuringBackup: false);

    public Func<Stream, CancellationToken, Task> Export { get; set; } = (_, _) => Task.CompletedTask;

    public Func<Stream, CancellationToken, Task> Replace { get; set; } = (tar, ct) => tar.CopyToAsync(Stream.Null, ct);

    public Task<Result<BackupSource>> DescribeAsync(ServerId server, CancellationToken ct) => Task.FromResult(Result<BackupSource>.Success(Source));

    public async Task<Result> ExportAsync(ServerId server, IReadOnlyList<string> paths, Stream destination, CancellationToken ct)
    {
        await Export(destination, ct);
        return Result.Success;
    }

    public async Task<Result> ReplaceAsync(ServerId server, IReadOnlyList<string> paths, Stream tar, CancellationToken ct)
    {
        await Replace(tar, ct);
        return Result.Success;
    }
}
