using ServerStatus.Application.Board;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryStatusBoardStoreContractTests : StatusBoardStoreContract
{
    private readonly InMemoryStatusBoardStore _store = new();

    protected override IStatusBoardStore Store() => _store;
}
