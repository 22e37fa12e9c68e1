using ServerStatus.Application.Watch;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary><see cref="MaintenanceRepositoryContract"/> for the EF repository on a real SQLite file created by our migrations.</summary>
public sealed class EfMaintenanceRepositoryContractTests(ContractDatabase database) : MaintenanceRepositoryContract, IClassFixture<ContractDatabase>
{
    protected override IMaintenanceRepository Repository() => database.Fresh<IMaintenanceRepository>();
}
