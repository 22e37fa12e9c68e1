using System.Text.Json;
using DiscordApi.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace ServerStatus.UnitTests.DiscordApi.Gateway;

public sealed class GatewayHeartbeaterTests : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _time = new();
    private readonly List<JsonElement> _sent = [];
    private readonly CancellationTokenSource _cts = new();
    private int _zombieCalls;
    private int? _sequence;

    [Fact]
    public async Task SendsFirstBeatAfterIntervalTimesRandom_WhenStarted()
    {
        var heartbeater = Create(0.25);
        var run = heartbeater.RunAsync(_cts.Token);

        _time.Advance(TimeSpan.FromMilliseconds(2_499));
        _sent.ShouldBeEmpty();
        _time.Advance(TimeSpan.FromMilliseconds(1));

        await WaitForSendsAsync(1);
        _sent[0].GetProperty("op").GetInt32().ShouldBe(1);
        _sent[0].GetProperty("d").ValueKind.ShouldBe(JsonValueKind.Null);
        await StopAsync(run);
    }

    [Fact]
    public async Task BeatsEveryIntervalWithLastSequence_WhenEveryBeatIsAcknowledged()
    {
        var heartbeater = Create(0);
        var run = heartbeater.RunAsync(_cts.Token);
        await WaitForSendsAsync(1);

        _sequence = 5;
        heartbeater.Acknowledge();
        _time.Advance(Interval - TimeSpan.FromMilliseconds(1));
        _sent.Count.ShouldBe(1);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await WaitForSendsAsync(2);
        _sequence = 9;
        heartbeater.Acknowledge();
        _time.Advance(Interval);
        await WaitForSendsAsync(3);

        _sent.Select(p => p.GetProperty("d").ValueKind == JsonValueKind.Null ? (int?)null : p.GetProperty("d").GetInt32())
            .ShouldBe([null, 5, 9]);
        _zombieCalls.ShouldBe(0);
        heartbeater.IsZombie.ShouldBeFalse();
        await StopAsync(run);
    }

    [Fact]
    public async Task DeclaresZombieInsteadOfBeating_WhenPreviousBeatWasNotAcknowledged()
    {
        var heartbeater = Create(0);
        var run = heartbeater.RunAsync(_cts.Token);
        await WaitForSendsAsync(1);

        _time.Advance(Interval);

        await run.WaitAsync(TimeSpan.FromSeconds(5));
        _zombieCalls.ShouldBe(1);
        heartbeater.IsZombie.ShouldBeTrue();
        _sent.Count.ShouldBe(1);
    }

    [Fact]
    public async Task MeasuresRoundTrip_WhenAckArrives()
    {
        var heartbeater = Create(0);
        var run = heartbeater.RunAsync(_cts.Token);
        await WaitForSendsAsync(1);
        heartbeater.Latency.ShouldBeNull();

        _time.Advance(TimeSpan.FromMilliseconds(150));
        heartbeater.Acknowledge();

        heartbeater.Latency.ShouldBe(TimeSpan.FromMilliseconds(150));
        await StopAsync(run);
    }

    [Fact]
    public async Task StopsQuietly_WhenConnectionEnds()
    {
        var heartbeater = Create(0.5);
        var run = heartbeater.RunAsync(_cts.Token);

        await _cts.CancelAsync();

        await run.WaitAsync(TimeSpan.FromSeconds(5));
        _sent.ShouldBeEmpty();
        _zombieCalls.ShouldBe(0);
    }

    public void Dispose() => _cts.Dispose();

    private GatewayHeartbeater Create(double random) => new(
        Interval,
        () => _sequence,
        (payload, _) =>
        {
            lock (_sent)
            {
                _sent.Add(JsonDocument.Parse(payload).RootElement.Clone());
            }

            return Task.CompletedTask;
        },
        () =>
        {
            Interlocked.Increment(ref _zombieCalls);
            return Task.CompletedTask;
        },
        new FixedRandomSource(random),
        _time);

    private async Task WaitForSendsAsync(int count)
    {
        await Eventually.HoldsAsync(() => SentCount() >= count, $"{count} beats were sent", seen: () => $"{SentCount()} were");
        SentCount().ShouldBe(count);
    }

    private int SentCount()
    {
        lock (_sent)
        {
            return _sent.Count;
        }
    }

    private async Task StopAsync(Task run)
    {
        await _cts.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
