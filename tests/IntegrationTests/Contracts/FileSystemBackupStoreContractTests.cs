using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Infrastructure.Backups;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary><see cref="BackupStoreContract"/> for the file-system store (zstd, the default codec) in a temporary directory of each fact.</summary>
public sealed class FileSystemBackupStoreContractTests : BackupStoreContract, IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("serverstatus-store-contract-");

    public FileSystemBackupStoreContractTests() =>
        Store = new FileSystemBackupStore(Options.Create(new BackupOptions { Directory = Path.Combine(_root.FullName, "backups") }), NullLogger<FileSystemBackupStore>.Instance);

    protected override IBackupStore Store { get; }

    public void Dispose() => _root.Delete(recursive: true);
}
