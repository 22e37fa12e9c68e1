using ServerStatus.Application.Watch;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryAlertRouteRepositoryContractTests : AlertRouteRepositoryContract
{
    private readonly InMemoryAlertRouteRepository _repository = new();

    protected override IAlertRouteRepository Repository() => _repository;
}
