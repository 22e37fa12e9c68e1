using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Metrics;
using ServerStatus.Domain.Servers;
using ServerStatus.TestSupport;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Metrics;

public sealed class MetricsSamplerTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Start);
    private readonly InMemoryContainerEngine _engine = new();
    private readonly InMemoryMetricsStore _store = new();
    private readonly ScriptedSampler _sampler;

    public MetricsSamplerTests() => _sampler = new ScriptedSampler(_time);

    [Fact]
    public async Task SpreadsEachEnginesCallsEvenlyOverTheInterval_EnginesSideBySide()
    {
        _engine.Add("a"); _engine.Add("b"); _engine.Add("c");
        _engine.Add("x", engine: "eu"); _engine.Add("y", engine: "eu");
        _engine.Add("stopped", ServerState.Exited);

        var stored = await DriveAsync(Sampler(seconds: 30).RoundAsync(Start, default), TimeSpan.FromSeconds(1));

        stored.ShouldBe(5);
        _sampler.CallsTo("local").ShouldBe([Start, Start.AddSeconds(10), Start.AddSeconds(20)]);
        _sampler.CallsTo("eu").ShouldBe([Start, Start.AddSeconds(15)]);
    }

    [Fact]
    public async Task StartsCallsToOneEngineAtLeast100MsApart_WhenTheIntervalIsTooShortForItsServers()
    {
        foreach (var i in Enumerable.Range(0, 120))
        {
            _engine.Add($"s{i}");
        }

        var stored = await DriveAsync(Sampler(seconds: 5).RoundAsync(Start, default), TimeSpan.FromMilliseconds(10));

        stored.ShouldBe(120);
        var calls = _sampler.CallsTo("local");
        calls.Zip(calls.Skip(1), (a, b) => b - a).ShouldAllBe(gap => gap >= MetricsSampler.MinCallSpacing);
        (calls[^1] - calls[0]).ShouldBe(MetricsSampler.MinCallSpacing * 119);
    }

    [Fact]
    public async Task KeepsToTheInterval_WhenACallIsSlow_AndEndsTheRoundWhenItAnswers()
    {
        _engine.Add("a"); _engine.Add("b");
        var slow = _sampler.Hold("a");

        var round = Sampler(seconds: 30).RoundAsync(Start, default);
        AdvanceBy(TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(1));
        var whileHeld = (_sampler.CallsTo("local").Count, round.IsCompleted);
        slow.SetResult();
        var stored = await round;

        whileHeld.ShouldBe((2, false));
        _sampler.CallsTo("local").ShouldBe([Start, Start.AddSeconds(15)]);
        stored.ShouldBe(2);
    }

    [Fact]
    public async Task StartsNoMoreCallsToAnEngine_WhileItsCapOfCallsIsInFlight()
    {
        var servers = Enumerable.Range(0, MetricsSampler.MaxCallsInFlightPerEngine + 4).Select(i => $"s{i}").ToList();
        servers.ForEach(name => _engine.Add(name));
        var held = servers.Take(MetricsSampler.MaxCallsInFlightPerEngine).Select(_sampler.Hold).ToList();

        var round = Sampler(seconds: servers.Count).RoundAsync(Start, default);
        AdvanceBy(TimeSpan.FromSeconds(servers.Count * 2), TimeSpan.FromMilliseconds(500));
        var whileHeld = _sampler.CallsTo("local").Count;
        held.ForEach(h => h.SetResult());
        var stored = await DriveAsync(round, TimeSpan.FromMilliseconds(500));

        whileHeld.ShouldBe(MetricsSampler.MaxCallsInFlightPerEngine);
        _sampler.MaxInFlight.ShouldBe(MetricsSampler.MaxCallsInFlightPerEngine);
        stored.ShouldBe(servers.Count);
    }

    [Fact]
    public async Task StoresTheRoundInOneBatchAtItsEnd_CpuFromTheServersPreviousReading()
    {
        var mc = _engine.Add("mc");
        _engine.Add("web");
        _sampler.Readings[mc.Name] = new ResourceReading(1_000_000_000, 10_000_000_000, 2, 300, 1000, 1, 2, 3, 4);
        var sampler = Sampler(seconds: 30);

        var first = sampler.RoundAsync(Start, default);
        AdvanceBy(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        var storedDuringRound = _store.Samples.Count;
        await DriveAsync(first, TimeSpan.FromSeconds(1));
        _sampler.Readings[mc.Name] = new ResourceReading(2_000_000_000, 14_000_000_000, 2, 400, 1000, 5, 6, 7, 8);
        await DriveAsync(sampler.RoundAsync(Start.AddSeconds(30), default), TimeSpan.FromSeconds(1));

        storedDuringRound.ShouldBe(0);
        _store.Samples.Where(s => s.Server == mc.QualifiedName).ShouldBe(
        [
            new MetricSample("local/mc", Start, null, 300, 1000, 1, 2, 3, 4),
            new MetricSample("local/mc", Start.AddSeconds(30), 50, 400, 1000, 5, 6, 7, 8),
        ]);
    }

    [Fact]
    public async Task ForgetsAServersPreviousReading_WhenItGaveNone()
    {
        var mc = _engine.Add("mc");
        var sampler = Sampler(seconds: 30);
        _sampler.Readings[mc.Name] = new ResourceReading(1_000_000_000, 10_000_000_000, 1, 300, null, 0, 0, 0, 0);
        await DriveAsync(sampler.RoundAsync(Start, default), TimeSpan.FromSeconds(1));
        _sampler.Readings[mc.Name] = null;
        await DriveAsync(sampler.RoundAsync(Start.AddSeconds(30), default), TimeSpan.FromSeconds(1));
        _sampler.Readings[mc.Name] = new ResourceReading(2_000_000_000, 14_000_000_000, 1, 300, null, 0, 0, 0, 0);

        await DriveAsync(sampler.RoundAsync(Start.AddSeconds(60), default), TimeSpan.FromSeconds(1));

        _store.Samples.Select(s => s.CpuPercent).ShouldBe([null, null]);
    }

    [Fact]
    public async Task SamplesEveryInterval_WhenRunning()
    {
        _engine.Add("mc");
        using var stop = new CancellationTokenSource();
        var run = Sampler(seconds: 10).RunAsync(stop.Token);

        for (var round = 1; round <= 3; round++)
        {
            // The loop resumes after its pause on a pool thread: wait for each round before moving the clock on.
            await Eventually.HoldsAsync(() => _sampler.CallsTo("local").Count == round, $"round {round} sampled mc");
            AdvanceBy(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1));
        }

        await Eventually.HoldsAsync(() => _sampler.CallsTo("local").Count == 4, "round 4 sampled mc");
        await stop.CancelAsync();
        await run;

        _sampler.CallsTo("local").ShouldBe([Start, Start.AddSeconds(10), Start.AddSeconds(20), Start.AddSeconds(30)]);
    }

    private MetricsSampler Sampler(int seconds)
    {
        var services = new ServiceCollection().AddSingleton<IMetricsStore>(_store).BuildServiceProvider();
        return new MetricsSampler(_engine, _sampler, services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new MetricsOptions { SampleSeconds = seconds }), _time, NullLogger<MetricsSampler>.Instance);
    }

    private void AdvanceBy(TimeSpan total, TimeSpan step)
    {
        for (var elapsed = TimeSpan.Zero; elapsed < total; elapsed += step)
        {
            _time.Advance(step);
        }
    }

    // The sampler's continuations run inline when the fake clock fires, so each step finishes what was due by then.
    private async Task<T> DriveAsync<T>(Task<T> task, TimeSpan step)
    {
        for (var steps = 0; !task.IsCompleted && steps < 100_000; steps++)
        {
            _time.Advance(step);
        }

        return await task;
    }

    /// <summary>Readings by server name (a fixed one by default), the time of each call per engine, calls held on demand.</summary>
    private sealed class ScriptedSampler(TimeProvider time) : IResourceSampler
    {
        private readonly Dictionary<string, TaskCompletionSource> _held = [];
        private readonly List<(string Engine, DateTimeOffset At)> _calls = [];
        private int _inFlight;

        public Dictionary<string, ResourceReading?> Readings { get; } = [];

        public int MaxInFlight { get; private set; }

        public TaskCompletionSource Hold(string server) => _held[server] = new TaskCompletionSource();

        public List<DateTimeOffset> CallsTo(string engine)
        {
            lock (_calls)
            {
                return [.. _calls.Where(c => c.Engine == engine).Select(c => c.At)];
            }
        }

        public async Task<ResourceReading?> SampleAsync(ServerId server, CancellationToken ct)
        {
            lock (_calls)
            {
                _calls.Add((server.Engine, time.GetUtcNow()));
            }

            MaxInFlight = Math.Max(MaxInFlight, ++_inFlight);
            if (_held.Remove(server.Name, out var held))
            {
                await held.Task;
            }

            _inFlight--;
            return Readings.TryGetValue(server.Name, out var reading) ? reading : new ResourceReading(0, 0, 1, 100, null, 0, 0, 0, 0);
        }
    }
}
