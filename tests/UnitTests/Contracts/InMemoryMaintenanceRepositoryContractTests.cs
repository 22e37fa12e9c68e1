using ServerStatus.Application.Watch;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryMaintenanceRepositoryContractTests : MaintenanceRepositoryContract
{
    private readonly InMemoryMaintenanceRepository _repository = new();

    protected override IMaintenanceRepository Repository() => _repository;
}
