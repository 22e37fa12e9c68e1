using ServerStatus.Application.Watch;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary><see cref="IncidentStoreContract"/> for the EF store on a real SQLite file created by our migrations.</summary>
public sealed class EfIncidentStoreContractTests(ContractDatabase database) : IncidentStoreContract, IClassFixture<ContractDatabase>
{
    protected override IIncidentStore Store() => database.Fresh<IIncidentStore>();
}
