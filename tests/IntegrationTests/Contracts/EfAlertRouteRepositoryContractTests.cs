using ServerStatus.Application.Watch;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary><see cref="AlertRouteRepositoryContract"/> for the EF repository on a real SQLite file created by our migrations.</summary>
public sealed class EfAlertRouteRepositoryContractTests(ContractDatabase database) : AlertRouteRepositoryContract, IClassFixture<ContractDatabase>
{
    protected override IAlertRouteRepository Repository() => database.Fresh<IAlertRouteRepository>();
}
