using ServerStatus.Application.Watch;
using ServerStatus.Domain.Servers;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What callers rely on from an <see cref="IContainerEvents"/> configured with the engine <see cref="Engine"/>: a
/// server's exit, stop and failing health check arrive as events with their details, in the engine's order; a follow
/// from a point in time replays from it (inclusive), so a watcher resumes after a reconnect without losing events;
/// containers that are not servers stay out; an engine that is not configured breaks the stream at once. Every fact
/// follows from a resume point taken before it acts, so no fact races the stream's connection.
/// </summary>
public abstract class ContainerEventsContract
{
    protected const string Engine = "local";

    /// <summary>The events under test.</summary>
    protected abstract IContainerEvents Events { get; }

    /// <summary>Now on the engine's clock, as a resume point (Unix nanoseconds).</summary>
    protected virtual long NowNanos() => (DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).Ticks * 100;

    /// <summary>A server on <see cref="Engine"/> whose process exits by itself with <paramref name="exitCode"/>.</summary>
    protected abstract Task<ServerId> RunServerThatExitsAsync(string name, int exitCode);

    /// <summary>A running server that exits at once on SIGTERM.</summary>
    protected abstract Task<ServerId> RunServerAsync(string name);

    /// <summary>What <c>docker stop</c> does to <paramref name="server"/>.</summary>
    protected abstract Task StopAsync(ServerId server);

    /// <summary>A running server whose health check always fails.</summary>
    protected abstract Task<ServerId> RunServerFailingItsHealthCheckAsync(string name);

    /// <summary>A container named <paramref name="name"/> that discovery does not take as a server, started and stopped.</summary>
    protected abstract Task RunContainerThatIsNotAServerAsync(string name);

    [Fact]
    public async Task GivesDieWithTheExitCode_WhenTheServerExits()
    {
        var since = NowNanos();
        var server = await RunServerThatExitsAsync(ContractIds.Name("exits"), 3);

        var seen = await FollowUntilAsync(since, e => e.Server.ContainerId == server.ContainerId && e.Kind == ContainerEventKind.Die, "it dies");

        var died = seen[^1];
        (died.Server, died.ExitCode).ShouldBe((server, (int?)3));
        died.TimeNanos.ShouldBeGreaterThanOrEqualTo(since);
    }

    [Fact]
    public async Task GivesKillThenDieThenStop_WhenTheServerIsStopped()
    {
        var since = NowNanos();
        var server = await RunServerAsync(ContractIds.Name("stopped"));
        await StopAsync(server);

        var seen = await FollowUntilAsync(since, e => e.Server.ContainerId == server.ContainerId && e.Kind == ContainerEventKind.Stop, "it stops");

        var own = seen.Where(e => e.Server.ContainerId == server.ContainerId).SkipWhile(e => e.Kind != ContainerEventKind.Kill).ToList();
        own.Select(e => e.Kind).ShouldBe([ContainerEventKind.Kill, ContainerEventKind.Die, ContainerEventKind.Stop]);
        own[0].Signal.ShouldBe(15);
        own.Select(e => e.TimeNanos).ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public async Task ReplaysFromTheResumePoint_Inclusive_AfterAReconnect()
    {
        var since = NowNanos();
        var server = await RunServerThatExitsAsync(ContractIds.Name("replayed"), 0);
        bool Died(ContainerEvent e) => e.Server.ContainerId == server.ContainerId && e.Kind == ContainerEventKind.Die;
        var died = (await FollowUntilAsync(since, Died, "it dies"))[^1];

        var replayed = await FollowUntilAsync(died.TimeNanos, Died, "the replay reaches its death again");

        replayed.Select(e => e.Key).ShouldContain(died.Key);
        replayed.ShouldAllBe(e => e.TimeNanos >= died.TimeNanos);
    }

    [Fact]
    public async Task LeavesOutContainers_ThatAreNotServers()
    {
        var since = NowNanos();
        var stranger = ContractIds.Name("stranger");
        await RunContainerThatIsNotAServerAsync(stranger);
        var server = await RunServerThatExitsAsync(ContractIds.Name("server"), 0);

        var seen = await FollowUntilAsync(since, e => e.Server.ContainerId == server.ContainerId && e.Kind == ContainerEventKind.Die, "the server after it dies");

        seen.ShouldNotContain(e => e.Server.Name.Contains(stranger, StringComparison.Ordinal));
        seen.ShouldContain(e => e.Server == server && e.Kind == ContainerEventKind.Start);
    }

    [Fact]
    public async Task BreaksTheStream_WhenTheEngineIsNotConfigured()
    {
        using var timeout = new CancellationTokenSource(Eventually.DefaultTimeout);

        var broken = await Should.ThrowAsync<EventStreamBrokenException>(async () =>
        {
            await foreach (var _ in Events.FollowAsync("nowhere", null, timeout.Token))
            {
                // Nothing can arrive.
            }
        });

        broken.Engine.ShouldBe("nowhere");
        broken.Message.ShouldContain("`nowhere`");
    }

    [Fact]
    public async Task GivesUnhealthy_WhenTheHealthCheckFails()
    {
        var since = NowNanos();
        var server = await RunServerFailingItsHealthCheckAsync(ContractIds.Name("sick"));

        var seen = await FollowUntilAsync(since, e => e.Server.ContainerId == server.ContainerId && e.Kind == ContainerEventKind.Health && e.Health == HealthStatus.Unhealthy, "it is unhealthy");

        seen[^1].Server.ShouldBe(server);
    }

    [Fact]
    public async Task EndsWithCancellation_WhenTheFollowerStops()
    {
        using var stop = new CancellationTokenSource();
        var follow = Events.FollowAsync(Engine, NowNanos(), stop.Token).GetAsyncEnumerator(stop.Token);
        var next = follow.MoveNextAsync().AsTask();

        await stop.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => next);
        await follow.DisposeAsync();
    }

    /// <summary>The engine's events from <paramref name="since"/> up to the first that is <paramref name="last"/>.</summary>
    protected async Task<List<ContainerEvent>> FollowUntilAsync(long since, Func<ContainerEvent, bool> last, string what)
    {
        var seen = new List<ContainerEvent>();
        using var timeout = new CancellationTokenSource(Eventually.DefaultTimeout);
        try
        {
            await foreach (var @event in Events.FollowAsync(Engine, since, timeout.Token))
            {
                seen.Add(@event);
                if (last(@event))
                {
                    return seen;
                }
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            // Reported below with what came instead.
        }

        throw new TimeoutException($"Followed {Engine} in vain until {what}. Seen: {string.Join(", ", seen.Select(e => $"{e.Server.Name} {e.Kind}"))}");
    }
}
