using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Ports;
using ServerStatus.IntegrationTests.Fixtures;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary><see cref="BackupRepositoryContract"/> for the EF repository on a real SQLite file created by our migrations.</summary>
public sealed class EfBackupRepositoryContractTests(ContractDatabase database) : BackupRepositoryContract, IClassFixture<ContractDatabase>
{
    protected override IBackupRepository Repository() => database.Fresh<IBackupRepository>();
}
