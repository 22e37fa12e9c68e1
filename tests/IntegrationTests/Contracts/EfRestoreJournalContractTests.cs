using ServerStatus.Application.Backups.RestoreBackup;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary><see cref="RestoreJournalContract"/> for the EF journal on a real SQLite file created by our migrations.</summary>
public sealed class EfRestoreJournalContractTests(ContractDatabase database) : RestoreJournalContract, IClassFixture<ContractDatabase>
{
    protected override IRestoreJournal Journal() => database.Fresh<IRestoreJournal>();
}
