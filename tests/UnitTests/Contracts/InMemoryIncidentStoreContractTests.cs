using ServerStatus.Application.Watch;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryIncidentStoreContractTests : IncidentStoreContract
{
    private readonly InMemoryIncidentStore _store = new();

    protected override IIncidentStore Store() => _store;
}
