using ServerStatus.Application.Schedules;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary><see cref="PowerScheduleRepositoryContract"/> for the EF repository on a real SQLite file created by our migrations.</summary>
public sealed class EfPowerScheduleRepositoryContractTests(ContractDatabase database) : PowerScheduleRepositoryContract, IClassFixture<ContractDatabase>
{
    protected override IPowerScheduleRepository Repository() => database.Fresh<IPowerScheduleRepository>();
}
