using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Servers;

namespace ServerStatus.Application.Metrics;

/// <summary>
/// Samples every running server once per <c>Metrics:SampleSeconds</c> for as long as the bot runs: each round lists the
/// servers, spreads each engine's calls evenly over the interval, at least <see cref="MinCallSpacing"/> between the
/// starts of two calls to one engine, and stores the round's samples in one batch. A one-shot stats call can take a
/// second on a busy engine, so calls may overlap (at most <see cref="MaxCallsInFlightPerEngine"/> to one engine):
/// waiting for each would stretch a round of 100 servers to 100 s instead of the interval. CPU % is computed from the server's previous reading, kept here (a one-shot reading has none of its own).
/// </summary>
public sealed partial class MetricsSampler(
    IContainerEngine engine,
    IResourceSampler sampler,
    IServiceScopeFactory scopes,
    IOptions<MetricsOptions> options,
    TimeProvider time,
    ILogger<MetricsSampler> logger)
{
    public static readonly TimeSpan MinCallSpacing = TimeSpan.FromMilliseconds(100);

    public const int MaxCallsInFlightPerEngine = 8;

    private readonly ConcurrentDictionary<(string Engine, string Container), ResourceReading> _previous = new();

    private TimeSpan Interval => TimeSpan.FromSeconds(options.Value.SampleSeconds);

    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var start = time.GetUtcNow();
            try
            {
                await RoundAsync(start, ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                // A round that failed (the database was busy, a bug) must not end the history.
                LogRoundFailed(ex);
            }

            var wait = start + Interval - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>One round started at <paramref name="start"/>: every running server sampled once; the number of samples stored.</summary>
    public async Task<int> RoundAsync(DateTimeOffset start, CancellationToken ct)
    {
        var inventory = await engine.ListServersAsync(ct);
        var running = inventory.Servers.Where(s => s.IsRunning).ToList();
        ForgetAllBut(running);
        var perEngine = await Task.WhenAll(running
            .GroupBy(s => s.Id.Engine, StringComparer.OrdinalIgnoreCase)
            .Select(servers => SampleEngineAsync([.. servers], start, ct)));
        var samples = perEngine.SelectMany(s => s).ToList();
        if (samples.Count > 0)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMetricsStore>().AddAsync(samples, ct);
        }

        return samples.Count;
    }

    private async Task<List<MetricSample>> SampleEngineAsync(IReadOnlyList<ServerSummary> servers, DateTimeOffset start, CancellationToken ct)
    {
        var spacing = Interval / servers.Count;
        var calls = new List<Task<MetricSample?>>(servers.Count);
        DateTimeOffset? lastCall = null;
        for (var i = 0; i < servers.Count; i++)
        {
            var due = start + (spacing * i);
            if (lastCall is { } last && last + MinCallSpacing > due)
            {
                due = last + MinCallSpacing;
            }

            var wait = due - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, ct);
            }

            while (calls.Count(call => !call.IsCompleted) >= MaxCallsInFlightPerEngine)
            {
                await Task.WhenAny(calls.Where(call => !call.IsCompleted));
            }

            lastCall = time.GetUtcNow();
            calls.Add(SampleAsync(servers[i], lastCall.Value, ct));
        }

        var samples = await Task.WhenAll(calls);
        return [.. samples.OfType<MetricSample>()];
    }

    private async Task<MetricSample?> SampleAsync(ServerSummary server, DateTimeOffset at, CancellationToken ct)
    {
        var key = (server.Id.Engine, server.Id.ContainerId);
        var reading = await sampler.SampleAsync(server.Id, ct);
        if (reading is null)
        {
            _previous.TryRemove(key, out _);
            return null;
        }

        var cpu = reading.CpuPercentSince(_previous.GetValueOrDefault(key));
        _previous[key] = reading;
        return new MetricSample(server.Id.QualifiedName, at, cpu, reading.MemoryBytes, reading.MemoryLimitBytes,
            reading.NetworkReceivedBytes, reading.NetworkSentBytes, reading.BlockReadBytes, reading.BlockWrittenBytes);
    }

    private void ForgetAllBut(List<ServerSummary> running)
    {
        var keep = running.Select(s => (s.Id.Engine, s.Id.ContainerId)).ToHashSet();
        foreach (var key in _previous.Keys.Where(k => !keep.Contains(k)))
        {
            _previous.TryRemove(key, out _);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "A round of resource sampling failed; the next one runs as planned")]
    private partial void LogRoundFailed(Exception exception);
}
