using ServerStatus.Application.Servers.Pending;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary><see cref="PendingActionStoreContract"/> for the EF store on a real SQLite file created by our migrations.</summary>
public sealed class EfPendingActionStoreContractTests(ContractDatabase database) : PendingActionStoreContract, IClassFixture<ContractDatabase>
{
    protected override IPendingActionStore Store() => database.Fresh<IPendingActionStore>();
}
