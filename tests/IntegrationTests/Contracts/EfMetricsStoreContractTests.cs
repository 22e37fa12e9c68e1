using ServerStatus.Application.Metrics;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary><see cref="MetricsStoreContract"/> for the EF store on a real SQLite file created by our migrations.</summary>
public sealed class EfMetricsStoreContractTests(ContractDatabase database) : MetricsStoreContract, IClassFixture<ContractDatabase>
{
    protected override IMetricsStore Store() => database.Fresh<IMetricsStore>();
}
