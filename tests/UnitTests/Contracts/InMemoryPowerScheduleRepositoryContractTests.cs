using ServerStatus.Application.Schedules;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryPowerScheduleRepositoryContractTests : PowerScheduleRepositoryContract
{
    private readonly InMemoryPowerScheduleRepository _repository = new();

    protected override IPowerScheduleRepository Repository() => _repository;
}
