using ServerStatus.Application.Common.Ports;
using ServerStatus.IntegrationTests.Fixtures;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary><see cref="GrantStoreContract"/> for the EF store on a real SQLite file created by our migrations.</summary>
public sealed class EfGrantStoreContractTests(ContractDatabase database) : GrantStoreContract, IClassFixture<ContractDatabase>
{
    protected override IGrantStore Store() => database.Fresh<IGrantStore>();
}
