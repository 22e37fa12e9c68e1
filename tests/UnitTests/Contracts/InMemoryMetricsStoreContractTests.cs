using ServerStatus.Application.Metrics;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryMetricsStoreContractTests : MetricsStoreContract
{
    private readonly InMemoryMetricsStore _store = new();

    protected override IMetricsStore Store() => _store;
}
