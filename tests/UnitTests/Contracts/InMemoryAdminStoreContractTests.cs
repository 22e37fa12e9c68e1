using ServerStatus.Application.Common.Ports;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryAdminStoreContractTests : AdminStoreContract
{
    private readonly InMemoryPermissionStores _stores = new();

    protected override IAdminStore Store() => _stores;
}
