using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Ports;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryBackupStoreContractTests : BackupStoreContract
{
    protected override IBackupStore Store { get; } = new InMemoryBackupStore();
}
