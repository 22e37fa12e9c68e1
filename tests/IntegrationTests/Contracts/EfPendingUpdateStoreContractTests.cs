using ServerStatus.Application.Updates;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary><see cref="PendingUpdateStoreContract"/> for the EF store on a real SQLite file created by our migrations.</summary>
public sealed class EfPendingUpdateStoreContractTests(ContractDatabase database) : PendingUpdateStoreContract, IClassFixture<ContractDatabase>
{
    protected override IPendingUpdateStore Store() => database.Fresh<IPendingUpdateStore>();
}
