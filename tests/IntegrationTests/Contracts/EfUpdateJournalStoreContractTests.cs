using ServerStatus.Application.Updates.UpdateServer;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary><see cref="UpdateJournalStoreContract"/> for the EF store on a real SQLite file created by our migrations.</summary>
public sealed class EfUpdateJournalStoreContractTests(ContractDatabase database) : UpdateJournalStoreContract, IClassFixture<ContractDatabase>
{
    protected override IUpdateJournalStore Store() => database.Fresh<IUpdateJournalStore>();
}
