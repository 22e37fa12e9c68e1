using System.Collections.Concurrent;
using Docker.DotNet;
using Docker.DotNet.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Servers;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>
/// Keeps a streaming stats subscription for the servers whose cards people look at. The engine
/// publishes stats once a second and even a one-shot request waits for the next publication (up to
/// a second), so a card answered quickly needs a subscription that is already warm. Subscriptions
/// end when the container stops or nobody asked for its card for <see cref="DockerOptions.StatsIdleMinutes"/>.
/// </summary>
public sealed partial class ContainerStatsMonitor : IAsyncDisposable
{
    private readonly ConcurrentDictionary<(string Engine, string Container), Subscription> _subscriptions = new();
    private readonly TimeProvider _time;
    private readonly ILogger<ContainerStatsMonitor> _logger;
    private readonly TimeSpan _idleAfter;
    private readonly ITimer _sweeper;

    public ContainerStatsMonitor(TimeProvider time, IOptions<DockerOptions> options, ILogger<ContainerStatsMonitor> logger)
    {
        _time = time;
        _logger = logger;
        _idleAfter = TimeSpan.FromMinutes(options.Value.StatsIdleMinutes);
        _sweeper = time.CreateTimer(_ => EndIdleSubscriptions(), null, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));
    }

    public int ActiveSubscriptions => _subscriptions.Count;

    /// <summary>The latest usage, waiting at most <paramref name="budget"/> for a first sample; null when none came in time.</summary>
    public async Task<ResourceUsage?> GetUsageAsync(EngineConnection engine, string containerId, TimeSpan budget, CancellationToken ct)
    {
        var subscription = _subscriptions.GetOrAdd((engine.Name, containerId), key => Start(engine, key));
        subscription.Touch(_time.GetUtcNow());
        return await subscription.LatestAsync(budget, _time, ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _sweeper.DisposeAsync();
        foreach (var key in _subscriptions.Keys)
        {
            if (_subscriptions.TryRemove(key, out var subscription))
            {
                await subscription.StopAsync();
            }
        }
    }

    private Subscription Start(EngineConnection engine, (string Engine, string Container) key)
    {
        var subscription = new Subscription(_time.GetUtcNow());
        subscription.Run = Task.Run(async () =>
        {
            try
            {
                var parameters = new ContainerStatsParameters { Stream = true };
                await engine.Client.Containers.GetContainerStatsAsync(key.Container, parameters, new SynchronousProgress<ContainerStatsResponse>(subscription.Publish), subscription.Stopping);
            }
            catch (Exception ex) when (ex is OperationCanceledException || DockerFailures.IsEngineFailure(ex))
            {
                LogStreamEnded(ex, key.Engine, key.Container);
            }
            finally
            {
                _subscriptions.TryRemove(new KeyValuePair<(string, string), Subscription>(key, subscription));
                subscription.Complete();
            }
        });
        return subscription;
    }

    private void EndIdleSubscriptions()
    {
        var now = _time.GetUtcNow();
        foreach (var (key, subscription) in _subscriptions)
        {
            if (now - subscription.LastAsked > _idleAfter && _subscriptions.TryRemove(new KeyValuePair<(string, string), Subscription>(key, subscription)))
            {
                _ = subscription.StopAsync();
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Stats stream of {Container} on {Engine} ended")]
    private partial void LogStreamEnded(Exception reason, string engine, string container);

    private sealed class Subscription(DateTimeOffset createdAt) : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly TaskCompletionSource _firstSample = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private long _lastAskedTicks = createdAt.UtcTicks;
        private volatile ResourceUsage? _latest;

        public Task Run { get; set; } = Task.CompletedTask;

        public CancellationToken Stopping => _stop.Token;

        public DateTimeOffset LastAsked => new(Interlocked.Read(ref _lastAskedTicks), TimeSpan.Zero);

        public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastAskedTicks, now.UtcTicks);

        public void Publish(ContainerStatsResponse sample)
        {
            if (StatsMath.Usage(sample) is { } usage)
            {
                _latest = usage;
                _firstSample.TrySetResult();
            }
        }

        public void Complete() => _firstSample.TrySetResult();

        public async Task<ResourceUsage?> LatestAsync(TimeSpan budget, TimeProvider time, CancellationToken ct)
        {
            if (_latest is null)
            {
                await Task.WhenAny(_firstSample.Task, Task.Delay(budget, time, ct));
                ct.ThrowIfCancellationRequested();
            }

            return _latest;
        }

        public async Task StopAsync()
        {
            await _stop.CancelAsync();
            await Run.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            Dispose();
        }

        public void Dispose() => _stop.Dispose();
    }
}
