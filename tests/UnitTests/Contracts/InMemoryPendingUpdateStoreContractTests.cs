using ServerStatus.Application.Updates;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryPendingUpdateStoreContractTests : PendingUpdateStoreContract
{
    private readonly InMemoryPendingUpdateStore _store = new();

    protected override IPendingUpdateStore Store() => _store;
}
