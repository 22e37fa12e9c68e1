using ServerStatus.Application.Backups;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary><see cref="BackupScheduleRepositoryContract"/> for the EF repository on a real SQLite file created by our migrations.</summary>
public sealed class EfBackupScheduleRepositoryContractTests(ContractDatabase database) : BackupScheduleRepositoryContract, IClassFixture<ContractDatabase>
{
    protected override IBackupScheduleRepository Repository() => database.Fresh<IBackupScheduleRepository>();
}
