using Docker.DotNet.Models;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Infrastructure.Docker;

namespace ServerStatus.UnitTests.Infrastructure.Docker;

public sealed class EngineInventoryCacheTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly EngineInventoryCache _cache;
    private int _listed;

    public EngineInventoryCacheTests() => _cache = new EngineInventoryCache(_time);

    [Fact]
    public async Task ListsEveryTime_WhenNobodyFollowsTheEngine()
    {
        await GetAsync("Created");
        await GetAsync("Created");

        _listed.ShouldBe(2);
    }

    [Fact]
    public async Task ServesTheCachedList_WhileFollowedAndNothingChanged()
    {
        using var following = _cache.Follow("local");
        await GetAsync("Up 5 minutes");

        var again = await GetAsync("Up 6 minutes");

        (_listed, again[0].Status).ShouldBe((1, "Up 5 minutes"));
    }

    [Fact]
    public async Task ListsAgain_AfterAnEvent()
    {
        using var following = _cache.Follow("local");
        await GetAsync("Created");

        _cache.Invalidate("local");
        var again = await GetAsync("Up Less than a second");

        (_listed, again[0].Status).ShouldBe((2, "Up Less than a second"));
    }

    [Fact]
    public async Task ListsAgain_WhenRelativeTextsAreASecondOld_ButKeepsTimelessOnes()
    {
        using var relative = _cache.Follow("relative");
        using var timeless = _cache.Follow("timeless");
        await GetAsync("Up 5 minutes", engine: "relative");
        await GetAsync("Created", engine: "timeless");

        _time.Advance(EngineInventoryCache.RelativeTextMaxAge);
        await GetAsync("Up 6 minutes", engine: "relative");
        await GetAsync("Created", engine: "timeless");

        _listed.ShouldBe(3);
    }

    [Fact]
    public async Task ListsEveryTime_AfterTheFollowerLeft()
    {
        var following = _cache.Follow("local");
        await GetAsync("Created");

        following.Dispose();
        await GetAsync("Created");
        await GetAsync("Created");

        _listed.ShouldBe(3);
    }

    [Fact]
    public async Task SharesOneListCall_BetweenCallersArrivingDuringARefresh()
    {
        using var following = _cache.Follow("local");
        var answer = new TaskCompletionSource<IList<ContainerListResponse>>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<IList<ContainerListResponse>> Slow(CancellationToken ct)
        {
            Interlocked.Increment(ref _listed);
            return answer.Task;
        }

        var first = _cache.GetAsync("local", Slow, default);
        var second = _cache.GetAsync("local", Slow, default);
        answer.SetResult([new ContainerListResponse { Status = "Up 1 second" }]);

        (await first).ShouldBeSameAs(await second);
        _listed.ShouldBe(1);
    }

    [Fact]
    public async Task DoesNotTrustARefresh_ThatAnEventOvertook()
    {
        using var following = _cache.Follow("local");
        var answer = new TaskCompletionSource<IList<ContainerListResponse>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var refreshing = _cache.GetAsync("local", _ => answer.Task, default);

        _cache.Invalidate("local");
        answer.SetResult([new ContainerListResponse { Status = "Created" }]);
        await refreshing;
        var after = await GetAsync("Exited (0) Less than a second ago");

        after[0].Status.ShouldBe("Exited (0) Less than a second ago");
    }

    [Fact]
    public async Task ListsAgain_WhileTheListStillShowsAContainerRunning_ThatItsDieEventSaidHadStopped()
    {
        using var following = _cache.Follow("local");
        _cache.Expect("local", "c1", running: false);
        var answers = new Queue<string>(["running", "running", "exited"]);

        var containers = await _cache.GetAsync("local", _ => ListOfOne("c1", answers.Dequeue()), default);

        (containers[0].State, answers.Count).ShouldBe(("exited", 0));
    }

    [Fact]
    public async Task GivesUpOnAnExpectation_AfterItsLastList_AndDoesNotHoldLaterRefreshes()
    {
        using var following = _cache.Follow("local");
        _cache.Expect("local", "c1", running: true);

        var first = await _cache.GetAsync("local", _ => ListOfOne("c1", "exited"), default);
        var listsBefore = _listed;
        _cache.Invalidate("local");
        await _cache.GetAsync("local", _ => ListOfOne("c1", "exited"), default);

        (first[0].State, listsBefore, _listed - listsBefore).ShouldBe(("exited", EngineInventoryCache.ContradictionLists, 1));
    }

    [Fact]
    public async Task ForgetsAnExpectation_OnceAListConfirmedIt()
    {
        using var following = _cache.Follow("local");
        _cache.Expect("local", "c1", running: false);
        await _cache.GetAsync("local", _ => ListOfOne("c1", "exited"), default);

        _cache.Invalidate("local");
        var listsBefore = _listed;
        var restarted = await _cache.GetAsync("local", _ => ListOfOne("c1", "running"), default);

        (restarted[0].State, _listed - listsBefore).ShouldBe(("running", 1));
    }

    private Task<IList<ContainerListResponse>> ListOfOne(string id, string state)
    {
        Interlocked.Increment(ref _listed);
        return Task.FromResult<IList<ContainerListResponse>>([new ContainerListResponse { ID = id, State = state, Status = state == "running" ? "Up 1 second" : "Exited (137) 1 second ago" }]);
    }

    private Task<IList<ContainerListResponse>> GetAsync(string status, string engine = "local") =>
        _cache.GetAsync(engine, _ =>
        {
            Interlocked.Increment(ref _listed);
            return Task.FromResult<IList<ContainerListResponse>>([new ContainerListResponse { Status = status }]);
        }, default);
}
