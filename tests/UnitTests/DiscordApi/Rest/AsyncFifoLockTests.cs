using DiscordApi.Rest;

namespace ServerStatus.UnitTests.DiscordApi.Rest;

public sealed class AsyncFifoLockTests
{
    [Fact]
    public async Task HandsOverInArrivalOrder_WhenSeveralWait()
    {
        var gate = new AsyncFifoLock();
        var order = new List<int>();
        var first = await gate.AcquireAsync(CancellationToken.None);
        var waiters = Enumerable.Range(1, 5).Select(async i =>
        {
            using var _ = await gate.AcquireAsync(CancellationToken.None);
            order.Add(i);
        }).ToArray();

        gate.QueueLength.ShouldBe(5);
        first.Dispose();
        await Task.WhenAll(waiters).WaitAsync(TimeSpan.FromSeconds(5));

        order.ShouldBe([1, 2, 3, 4, 5]);
    }

    [Fact]
    public async Task SkipsCancelledWaiter_WhenItGivesUp()
    {
        var gate = new AsyncFifoLock();
        var held = await gate.AcquireAsync(CancellationToken.None);
        using var cts = new CancellationTokenSource();
        var cancelled = gate.AcquireAsync(cts.Token);
        var next = gate.AcquireAsync(CancellationToken.None);

        await cts.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => cancelled);
        held.Dispose();

        using var acquired = await next.WaitAsync(TimeSpan.FromSeconds(5));
        gate.QueueLength.ShouldBe(0);
    }
}
