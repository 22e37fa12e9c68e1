using ServerStatus.Application.Watch;
using ServerStatus.Domain.Watch;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What callers rely on from an <see cref="IAlertRouteRepository"/>: a route set for a scope is listed with its channel
/// (or off), setting it again replaces it, routes are listed ordered by scope, and a removed route is gone. Every fact
/// uses servers of its own.
/// </summary>
public abstract class AlertRouteRepositoryContract
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 4, 0, 0, TimeSpan.Zero);

    /// <summary>The repository under test; a persistent one answers each call from a fresh unit of work.</summary>
    protected abstract IAlertRouteRepository Repository();

    [Fact]
    public async Task ListsASetRoute_WithItsChannelAndWhoSetIt()
    {
        var (routed, off) = (Server(), Server());

        await Repository().SetAsync(routed, 42, 7, At, default);
        await Repository().SetAsync(off, null, 8, At, default);

        var listed = await Repository().ListAsync(default);
        var route = listed.ShouldContain1(routed);
        (route.ChannelId, route.SetBy, route.SetAt, route.IsOff).ShouldBe(((ulong?)42, 7UL, At, false));
        listed.ShouldContain1(off).IsOff.ShouldBeTrue();
    }

    [Fact]
    public async Task ReplacesTheRoute_WhenItIsSetAgain()
    {
        var server = Server();
        await Repository().SetAsync(server, 42, 7, At, default);

        await Repository().SetAsync(server, 43, 9, At.AddHours(1), default);

        var route = (await Repository().ListAsync(default)).ShouldContain1(server);
        (route.ChannelId, route.SetBy, route.SetAt).ShouldBe(((ulong?)43, 9UL, At.AddHours(1)));
    }

    [Fact]
    public async Task ListsRoutes_OrderedByScope()
    {
        var servers = new[] { Server("web"), Server("mc") };
        foreach (var server in servers)
        {
            await Repository().SetAsync(server, 1, 1, At, default);
        }

        var listed = await Repository().ListAsync(default);

        listed.Select(r => r.Scope).Where(servers.Contains).ShouldBe(servers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ForgetsARemovedRoute_AndSaysWhetherThereWasOne()
    {
        var (removed, kept) = (Server(), Server());
        await Repository().SetAsync(removed, 1, 1, At, default);
        await Repository().SetAsync(kept, 1, 1, At, default);

        var first = await Repository().RemoveAsync(removed, default);
        var second = await Repository().RemoveAsync(removed, default);

        (first, second).ShouldBe((true, false));
        var scopes = (await Repository().ListAsync(default)).Select(r => r.Scope).ToList();
        scopes.ShouldContain(kept);
        scopes.ShouldNotContain(removed);
    }

    private static string Server(string stem = "mc") => "local/" + ContractIds.Name(stem);
}
