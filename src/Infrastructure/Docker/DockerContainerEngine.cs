using System.Collections.Concurrent;
using System.Net;
using Docker.DotNet;
using Docker.DotNet.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Servers;
using ServerStatus.Domain.Updates;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>
/// <see cref="IContainerEngine"/> over Docker.DotNet. The overview is one list call per engine,
/// engines asked concurrently, or the engine's cached list while its event stream is followed
/// (<see cref="EngineInventoryCache"/>; the bot's own power actions invalidate it at once); a server is addressed by engine + container id. Failures are answered in the engine's
/// name only; its address and its own error text go to the log.
/// </summary>
public sealed partial class DockerContainerEngine(
    DockerEngines engines, EngineInventoryCache inventory, ContainerStatsMonitor stats, IOptions<DockerOptions> options, ILogger<DockerContainerEngine> logger)
    : IContainerEngine
{
    private readonly DockerOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, byte> _reportedLabels = new(StringComparer.Ordinal);

    private TimeSpan QuickCallTimeout => TimeSpan.FromSeconds(_options.RequestTimeoutSeconds);

    public async Task<ServerInventory> ListServersAsync(CancellationToken ct)
    {
        var perEngine = await Task.WhenAll(engines.All.Select(engine => ListAsync(engine, ct)));
        return new ServerInventory(
            [.. perEngine.Where(r => r.IsSuccess).SelectMany(r => r.Value)],
            [.. perEngine.Where(r => !r.IsSuccess).Select(r => new EngineProblem(r.Errors[0].Target ?? "", r.Errors[0].Message))])
        {
            EveryContainer = _options.Discovery.Mode == DiscoveryMode.All,
        };
    }

    public Task<Result<ServerDetails>> InspectAsync(ServerId server, CancellationToken ct) =>
        CallAsync(server, QuickCallTimeout, async (engine, token) =>
        {
            var inspected = await engine.Client.Containers.InspectContainerAsync(server.ContainerId, token);
            var state = ContainerStateText.ParseState(inspected.State?.Status);
            var usage = state == ServerState.Running
                ? await stats.GetUsageAsync(engine, server.ContainerId, TimeSpan.FromMilliseconds(_options.StatsBudgetMilliseconds), token)
                : null;
            return Result<ServerDetails>.Success(ContainerMapping.ToDetails(server, inspected, usage));
        }, ct);

    public Task<Result<ContainerFacts>> GetFactsAsync(ServerId server, CancellationToken ct) =>
        CallAsync(server, QuickCallTimeout, async (engine, token) =>
            Result<ContainerFacts>.Success(ContainerMapping.ToFacts(server, await engine.Client.Containers.InspectContainerAsync(server.ContainerId, token))), ct);

    public Task<Result<IReadOnlyList<string>>> GetLogTailAsync(ServerId server, int lines, CancellationToken ct) =>
        CallAsync(server, QuickCallTimeout, async (engine, token) =>
        {
            var parameters = new ContainerLogsParameters { ShowStdout = true, ShowStderr = true, Tail = lines.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            using var stream = await engine.Client.Containers.GetContainerLogsAsync(server.ContainerId, parameters, token);
            var collector = new LogLineCollector(lines);
            var buffer = new byte[16 * 1024];
            while (true)
            {
                var read = await stream.ReadOutputAsync(buffer, 0, buffer.Length, token);
                if (read.EOF)
                {
                    break;
                }

                collector.Add(read.Target == MultiplexedStream.TargetStream.StandardError, buffer.AsSpan(0, read.Count));
            }

            return Result<IReadOnlyList<string>>.Success(collector.Finish());
        }, ct);

    public Task<Result<PowerChange>> StartAsync(ServerId server, CancellationToken ct) =>
        ChangeAsync(server, QuickCallTimeout, async (engine, token) =>
        {
            var started = await engine.Client.Containers.StartContainerAsync(server.ContainerId, new ContainerStartParameters(), token);
            return Result<PowerChange>.Success(started ? PowerChange.Done : PowerChange.AlreadyInState);
        }, ct);

    public Task<Result<PowerChange>> StopAsync(ServerId server, TimeSpan timeout, CancellationToken ct) =>
        ChangeAsync(server, timeout + QuickCallTimeout, async (engine, token) =>
        {
            var parameters = new ContainerStopParameters { WaitBeforeKillSeconds = (uint)timeout.TotalSeconds };
            var started = TimeProvider.System.GetTimestamp();
            var stopped = await engine.Client.Containers.StopContainerAsync(server.ContainerId, parameters, token);
            return Result<PowerChange>.Success(!stopped ? PowerChange.AlreadyInState : Waited(started, timeout) ? PowerChange.Forced : PowerChange.Done);
        }, ct);

    public Task<Result<PowerChange>> RestartAsync(ServerId server, TimeSpan timeout, CancellationToken ct) =>
        ChangeAsync(server, timeout + QuickCallTimeout, async (engine, token) =>
        {
            var parameters = new ContainerRestartParameters { WaitBeforeKillSeconds = (uint)timeout.TotalSeconds };
            var started = TimeProvider.System.GetTimestamp();
            await engine.Client.Containers.RestartContainerAsync(server.ContainerId, parameters, token);
            return Result<PowerChange>.Success(Waited(started, timeout) ? PowerChange.Forced : PowerChange.Done);
        }, ct);

    public Task<Result<PowerChange>> KillAsync(ServerId server, CancellationToken ct) =>
        ChangeAsync(server, QuickCallTimeout, async (engine, token) =>
        {
            try
            {
                await engine.Client.Containers.KillContainerAsync(server.ContainerId, new ContainerKillParameters(), token);
                return Result<PowerChange>.Success(PowerChange.Done);
            }
            catch (DockerApiException ex) when (ex.StatusCode == HttpStatusCode.Conflict)
            {
                // The engine answers 409 for a container that is not running.
                return Result<PowerChange>.Success(PowerChange.AlreadyInState);
            }
        }, ct);

    // The engine sends SIGKILL when the stop timeout passes after SIGTERM: a stop that took that long was forced.
    private static bool Waited(long started, TimeSpan timeout) => timeout > TimeSpan.Zero && TimeProvider.System.GetElapsedTime(started) >= timeout;

    public async Task<IReadOnlyList<EngineVersion>> GetVersionsAsync(CancellationToken ct) =>
        await Task.WhenAll(engines.All.Select(async engine =>
        {
            using var deadline = Deadline(QuickCallTimeout, ct);
            try
            {
                var version = await engine.Client.System.GetVersionAsync(deadline.Token);
                return new EngineVersion(engine.Name, version.Version, version.APIVersion, null);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested && DockerFailures.IsEngineFailure(ex))
            {
                return new EngineVersion(engine.Name, null, null, Failed(engine, ex).Message);
            }
        }));

    public Task<Result<IReadOnlyList<string>>> SendConsoleLineAsync(ServerId server, string line, TimeSpan echoWindow, CancellationToken ct) =>
        CallAsync(server, echoWindow + QuickCallTimeout, (engine, token) => DockerConsole.SendLineAsync(engine.Client, server, line, echoWindow, token), ct);

    public Task<Result<ExecOutcome>> ExecAsync(ServerId server, IReadOnlyList<string> command, TimeSpan timeout, CancellationToken ct) =>
        CallAsync(server, timeout + timeout + QuickCallTimeout, (engine, token) => DockerConsole.ExecAsync(engine.Client, server, command, timeout, token), ct);

    private async Task<Result<IReadOnlyList<ServerSummary>>> ListAsync(EngineConnection engine, CancellationToken ct)
    {
        try
        {
            var containers = await inventory.GetAsync(engine.Name, token => ListContainersAsync(engine, token), ct);
            var stopTimeout = TimeSpan.FromSeconds(_options.DefaultStopTimeoutSeconds);
            var servers = containers.Where(c => !ParkedContainer.IsParked(c.Names?.FirstOrDefault() ?? ""))
                .Select(c => (Container: c, Server: ContainerMapping.ToSummary(engine.Name, c, stopTimeout))).Where(s => IsDiscovered(s.Server)).ToList();
            foreach (var (container, server) in servers)
            {
                ReportUnusableLabels(engine.Name, server.Id.Name, container);
            }

            return Result<IReadOnlyList<ServerSummary>>.Success([.. servers.Select(s => s.Server)]);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && DockerFailures.IsEngineFailure(ex))
        {
            return Failed(engine, ex) with { Target = engine.Name };
        }
    }

    private async Task<IList<ContainerListResponse>> ListContainersAsync(EngineConnection engine, CancellationToken ct)
    {
        using var deadline = Deadline(QuickCallTimeout, ct);
        return await engine.Client.Containers.ListContainersAsync(ListParameters(), deadline.Token);
    }

    /// <summary>A label that cannot be used is logged once per container and value, and ignored: never fatal.</summary>
    private void ReportUnusableLabels(string engine, string server, ContainerListResponse container)
    {
        foreach (var (label, value, reason) in ServerLabels.Unusable(container.Labels).Concat(GameLabels.Unusable(container.Labels)).Concat(UpdateLabels.Unusable(container.Labels)))
        {
            if (_reportedLabels.TryAdd($"{container.ID}\n{label}\n{value}", 0))
            {
                LogUnusableLabel(label, value, server, engine, reason);
            }
        }
    }

    private ContainersListParameters ListParameters()
    {
        var parameters = new ContainersListParameters { All = true };
        if (_options.Discovery.Mode == DiscoveryMode.Label)
        {
            parameters.Filters = new Dictionary<string, IDictionary<string, bool>>
            {
                ["label"] = new Dictionary<string, bool> { [_options.Discovery.Label] = true },
            };
        }

        return parameters;
    }

    private bool IsDiscovered(ServerSummary server) =>
        _options.Discovery.Mode != DiscoveryMode.AllowList
        || _options.Discovery.AllowList.Contains(server.Id.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>A call that changes (or may have changed) the container's state: the engine's cached list is not trusted after it.</summary>
    private async Task<Result<T>> ChangeAsync<T>(ServerId server, TimeSpan timeout, Func<EngineConnection, CancellationToken, Task<Result<T>>> call, CancellationToken ct)
    {
        try
        {
            return await CallAsync(server, timeout, call, ct);
        }
        finally
        {
            inventory.Invalidate(server.Engine);
        }
    }

    private async Task<Result<T>> CallAsync<T>(ServerId server, TimeSpan timeout, Func<EngineConnection, CancellationToken, Task<Result<T>>> call, CancellationToken ct)
    {
        var engine = engines.Find(server.Engine);
        if (engine is null)
        {
            return DockerFailures.NotConfigured(server.Engine, server.Name);
        }

        using var deadline = Deadline(timeout, ct);
        try
        {
            return await call(engine, deadline.Token);
        }
        catch (DockerContainerNotFoundException)
        {
            // Removed since it was listed: the same answer as a name that never existed.
            return Error.NotFound($"No server named `{server.Name}`.", server.Name);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && DockerFailures.IsEngineFailure(ex))
        {
            return Failed(engine, ex, server.Name);
        }
    }

    private Error Failed(EngineConnection engine, Exception exception, string? server = null)
    {
        LogEngineFailed(exception, server ?? "-", DockerFailures.DescribeWithAddress(engine, exception));
        return DockerFailures.Describe(engine, exception, server);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Docker call for {Server} failed: {Problem}")]
    private partial void LogEngineFailed(Exception exception, string server, string problem);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Label {Label}=\"{Value}\" of server {Server} on engine {Engine} is ignored: {Reason}")]
    private partial void LogUnusableLabel(string label, string value, string server, string engine, string reason);

    private static CancellationTokenSource Deadline(TimeSpan timeout, CancellationToken ct)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(ct);
        source.CancelAfter(timeout);
        return source;
    }
}
