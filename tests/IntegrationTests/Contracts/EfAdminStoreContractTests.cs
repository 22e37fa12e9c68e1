using ServerStatus.Application.Common.Ports;
using ServerStatus.IntegrationTests.Fixtures;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary><see cref="AdminStoreContract"/> for the EF store on a real SQLite file created by our migrations.</summary>
public sealed class EfAdminStoreContractTests(ContractDatabase database) : AdminStoreContract, IClassFixture<ContractDatabase>
{
    protected override IAdminStore Store() => database.Fresh<IAdminStore>();
}
