using ServerStatus.Application.Watch;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary><see cref="AlertMuteRepositoryContract"/> for the EF repository on a real SQLite file created by our migrations.</summary>
public sealed class EfAlertMuteRepositoryContractTests(ContractDatabase database) : AlertMuteRepositoryContract, IClassFixture<ContractDatabase>
{
    protected override IAlertMuteRepository Repository() => database.Fresh<IAlertMuteRepository>();
}
