using ServerStatus.Application.Servers.Pending;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryPendingActionStoreContractTests : PendingActionStoreContract
{
    private readonly InMemoryPendingActionStore _store = new();

    protected override IPendingActionStore Store() => _store;
}
