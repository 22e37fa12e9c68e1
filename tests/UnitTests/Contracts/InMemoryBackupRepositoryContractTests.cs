using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Ports;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryBackupRepositoryContractTests : BackupRepositoryContract
{
    private readonly InMemoryBackupRepository _repository = new();

    protected override IBackupRepository Repository() => _repository;
}
