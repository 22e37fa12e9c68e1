using ServerStatus.Application.Backups;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryBackupScheduleRepositoryContractTests : BackupScheduleRepositoryContract
{
    private readonly InMemoryBackupScheduleRepository _repository = new();

    protected override IBackupScheduleRepository Repository() => _repository;
}
