using ServerStatus.Application.Common.Ports;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryGrantStoreContractTests : GrantStoreContract
{
    private readonly InMemoryPermissionStores _stores = new();

    protected override IGrantStore Store() => _stores;
}
