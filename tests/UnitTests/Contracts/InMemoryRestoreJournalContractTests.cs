using ServerStatus.Application.Backups.RestoreBackup;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryRestoreJournalContractTests : RestoreJournalContract
{
    private readonly InMemoryRestoreJournal _journal = new();

    protected override IRestoreJournal Journal() => _journal;
}
