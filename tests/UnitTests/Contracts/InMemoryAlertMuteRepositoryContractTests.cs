using ServerStatus.Application.Watch;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryAlertMuteRepositoryContractTests : AlertMuteRepositoryContract
{
    private readonly InMemoryAlertMuteRepository _repository = new();

    protected override IAlertMuteRepository Repository() => _repository;
}
