using ServerStatus.Application.Board;
using ServerStatus.Domain.Board;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What callers rely on from an <see cref="IStatusBoardStore"/>: an added board gets an id and is found with its channel,
/// servers and creator; its messages and its disabling are saved; boards are listed by id; a removed board is gone.
/// </summary>
public abstract class StatusBoardStoreContract
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 16, 0, 0, TimeSpan.Zero);

    /// <summary>The store under test; a persistent one answers each call from a fresh unit of work.</summary>
    protected abstract IStatusBoardStore Store();

    [Fact]
    public async Task FindsAnAddedBoard_WithItsChannelServersAndCreator()
    {
        var board = StatusBoard.Create(42, ["local/mc", "local/web"], 7, At);

        await Store().AddAsync(board, default);

        board.Id.ShouldBeGreaterThan(0);
        var found = (await Store().FindAsync(board.Id, default)).ShouldNotBeNull();
        (found.ChannelId, found.CreatedBy, found.CreatedAt, found.IsDisabled, found.ShowsAllServers).ShouldBe((42UL, 7UL, At, false, false));
        found.Servers.ShouldBe(["local/mc", "local/web"]);
        found.MessageIds.ShouldBeEmpty();
    }

    [Fact]
    public async Task KeepsTheMessagesAndTheDisabling_WhenSaved()
    {
        var board = StatusBoard.Create(42, null, 7, At);
        await Store().AddAsync(board, default);

        board.PostedAs([ulong.MaxValue - 1, 12]);
        await Store().SaveAsync(board, default);
        board.Disable(At.AddHours(1));
        await Store().SaveAsync(board, default);

        var found = (await Store().FindAsync(board.Id, default)).ShouldNotBeNull();
        found.MessageIds.ShouldBe([ulong.MaxValue - 1, 12UL]);
        found.DisabledAt.ShouldBe(At.AddHours(1));
        found.ShowsAllServers.ShouldBeTrue();
    }

    [Fact]
    public async Task ListsBoardsById_AndForgetsARemovedOne()
    {
        var (first, second) = (StatusBoard.Create(1, null, 7, At), StatusBoard.Create(2, ["local/mc"], 8, At));
        await Store().AddAsync(first, default);
        await Store().AddAsync(second, default);

        (await Store().RemoveAsync(first.Id, default)).ShouldBeTrue();

        var listed = await Store().ListAsync(default);
        listed.Select(b => b.Id).ShouldContain(second.Id);
        listed.Select(b => b.Id).ShouldNotContain(first.Id);
        listed.Select(b => b.Id).ShouldBeInOrder();
        (await Store().FindAsync(first.Id, default)).ShouldBeNull();
        (await Store().RemoveAsync(first.Id, default)).ShouldBeFalse();
    }
}
