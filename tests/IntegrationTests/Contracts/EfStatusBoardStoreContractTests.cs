using ServerStatus.Application.Board;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary><see cref="StatusBoardStoreContract"/> for the EF store on a real SQLite file created by our migrations.</summary>
public sealed class EfStatusBoardStoreContractTests(ContractDatabase database) : StatusBoardStoreContract, IClassFixture<ContractDatabase>
{
    protected override IStatusBoardStore Store() => database.Fresh<IStatusBoardStore>();
}
