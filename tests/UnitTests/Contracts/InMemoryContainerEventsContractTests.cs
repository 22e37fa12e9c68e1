using ServerStatus.Application.Watch;
using ServerStatus.Domain.Servers;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

/// <summary><see cref="ContainerEventsContract"/> for the fake: each hook publishes what Docker reports for it.</summary>
public sealed class InMemoryContainerEventsContractTests : ContainerEventsContract
{
    private readonly InMemoryContainerEvents _events = new(Engine);
    private long _lastNanos;

    protected override IContainerEvents Events => _events;

    protected override Task<ServerId> RunServerThatExitsAsync(string name, int exitCode)
    {
        var server = Started(name);
        Publish(server, ContainerEventKind.Die, e => e with { ExitCode = exitCode });
        return Task.FromResult(server);
    }

    protected override Task<ServerId> RunServerAsync(string name) => Task.FromResult(Started(name));

    protected override Task StopAsync(ServerId server)
    {
        Publish(server, ContainerEventKind.Kill, e => e with { Signal = 15 });
        Publish(server, ContainerEventKind.Die, e => e with { ExitCode = 0 });
        Publish(server, ContainerEventKind.Stop);
        return Task.CompletedTask;
    }

    protected override Task<ServerId> RunServerFailingItsHealthCheckAsync(string name)
    {
        var server = Started(name);
        Publish(server, ContainerEventKind.Health, e => e with { Health = HealthStatus.Unhealthy });
        return Task.FromResult(server);
    }

    // Not a server: the fake's events come only from servers.
    protected override Task RunContainerThatIsNotAServerAsync(string name) => Task.CompletedTask;

    [Fact]
    public async Task BreaksCurrentAndLaterFollows_UntilRestored()
    {
        var server = Started(ContractIds.Name("mc"));
        using var timeout = new CancellationTokenSource(Eventually.DefaultTimeout);
        var current = _events.FollowAsync(Engine, 0, timeout.Token).GetAsyncEnumerator(timeout.Token);
        (await current.MoveNextAsync()).ShouldBeTrue();

        _events.Break(Engine);

        await Should.ThrowAsync<EventStreamBrokenException>(async () =>
        {
            while (await current.MoveNextAsync())
            {
                // What was published before the break still arrives, as the real stream hands on what it read.
            }
        });
        await Should.ThrowAsync<EventStreamBrokenException>(() => FollowUntilAsync(0, _ => true, "anything"));
        _events.Restore(Engine);
        (await FollowUntilAsync(0, e => e.Server == server, "the server's events"))[^1].Server.ShouldBe(server);
        await current.DisposeAsync();
    }

    private ServerId Started(string name)
    {
        var server = new ServerId(Engine, $"{name}-id", name);
        Publish(server, ContainerEventKind.Create);
        Publish(server, ContainerEventKind.Start);
        return server;
    }

    private void Publish(ServerId server, ContainerEventKind kind, Func<ContainerEvent, ContainerEvent>? details = null)
    {
        var at = Math.Max(NowNanos(), Interlocked.Read(ref _lastNanos) + 1);
        Interlocked.Exchange(ref _lastNanos, at);
        var @event = new ContainerEvent(server, kind, at);
        _events.Publish(details is null ? @event : details(@event));
    }
}
