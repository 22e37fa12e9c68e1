using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Infrastructure.Backups;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary>
/// <see cref="BackupStoreContract"/> for the file-system store (zstd, the default codec) in a temporary directory of
/// each fact, and what only this store does: give memory back after a write.
/// </summary>
public sealed class FileSystemBackupStoreContractTests : BackupStoreContract, IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("serverstatus-store-contract-");
    private readonly CapturedLogs _logs = new();

    public FileSystemBackupStoreContractTests() =>
        Store = new FileSystemBackupStore(Options.Create(new BackupOptions { Directory = Path.Combine(_root.FullName, "backups") }), _logs.CreateLogger<FileSystemBackupStore>());

    protected override IBackupStore Store { get; }

    [Fact]
    public async Task GivesMemoryBack_AfterAWrite_AndLogsHowMuch()
    {
        var data = new byte[4 * 1024 * 1024];
        Random.Shared.NextBytes(data);

        await using (var write = Store.BeginWrite(Store.FileFor("local", "world", "memory")).Value)
        {
            await write.Content.WriteAsync(data);
            await write.CommitAsync(default);
            _logs.Entries.ShouldBeEmpty("memory is given back once the write is over, not before");
        }

        var line = _logs.Entries.ShouldHaveSingleItem();
        line.Level.ShouldBe(LogLevel.Debug);
        line.Message.ShouldStartWith("After the backup: gave back ");
        line.Message.ShouldContain("native heap trimmed: True"); // glibc, as on every machine the bot is deployed to
    }

    public void Dispose() => _root.Delete(recursive: true);
}
