using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Docker.DotNet.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>
/// <see cref="IContainerEvents"/> over the engines' <c>/events</c> streams (type container; the events incidents and the
/// overview care about; the discovery label as a filter, the allow-list applied here). A reader task takes each event
/// off the stream as soon as it arrives, invalidates the engine's <see cref="EngineInventoryCache"/> (telling it the state a
/// start or die means) and hands the
/// event on through a channel, so a slow consumer delays neither the cache nor the stream. <c>since</c> is sent as
/// <c>seconds.nanoseconds</c> and is inclusive: the engine replays events whose timestamp equals it (verified on
/// Docker 20.10 by <c>ContainerEventsContract.ReplaysFromTheResumePoint_Inclusive</c>).
/// Failures are told in the engine's name only; the address goes to the log.
/// </summary>
public sealed partial class DockerContainerEvents(DockerEngines engines, EngineInventoryCache inventory, IOptions<DockerOptions> options, ILogger<DockerContainerEvents> logger)
    : IContainerEvents
{
    private static readonly string[] Actions = ["die", "oom", "kill", "start", "restart", "health_status", "destroy", "create", "rename", "stop"];

    private static readonly Dictionary<string, int> SignalNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["HUP"] = 1, ["INT"] = 2, ["QUIT"] = 3, ["ABRT"] = 6, ["KILL"] = 9, ["USR1"] = 10, ["USR2"] = 12, ["TERM"] = 15,
    };

    private readonly DockerOptions _options = options.Value;

    public IReadOnlyList<string> Engines => [.. engines.All.Select(e => e.Name)];

    public async IAsyncEnumerable<ContainerEvent> FollowAsync(string engine, long? sinceNanos, [EnumeratorCancellation] CancellationToken ct)
    {
        var connection = engines.Find(engine) ?? throw new EventStreamBrokenException(engine, DockerFailures.NotConfigured(engine).Message);
        var channel = Channel.CreateUnbounded<ContainerEvent>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reader = Task.Run(() => ReadStreamAsync(connection, sinceNanos, channel.Writer, stopping.Token), CancellationToken.None);
        try
        {
            await foreach (var message in channel.Reader.ReadAllAsync(ct))
            {
                yield return message;
            }
        }
        finally
        {
            await stopping.CancelAsync();
            await reader;
        }
    }

    /// <summary>Reads the stream until it ends or breaks (the channel completes with the reason) or is stopped; never throws.</summary>
    private async Task ReadStreamAsync(EngineConnection engine, long? sinceNanos, ChannelWriter<ContainerEvent> writer, CancellationToken ct)
    {
        Exception? broken = null;
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
            deadline.CancelAfter(TimeSpan.FromSeconds(_options.RequestTimeoutSeconds));
#pragma warning disable CS0618 // Only this overload tells when the engine has accepted the subscription (the cache may trust it from then on); the IProgress one hides that moment.
            var stream = await engine.Client.System.MonitorEventsAsync(Parameters(sinceNanos), deadline.Token);
#pragma warning restore CS0618
            deadline.CancelAfter(Timeout.InfiniteTimeSpan);
            await using (stream)
            await using (deadline.Token.Register(stream.Dispose))
            using (inventory.Follow(engine.Name))
            {
                using var lines = new StreamReader(stream, Encoding.UTF8);
                while (await lines.ReadLineAsync(deadline.Token) is { } line)
                {
                    if (line.Length == 0)
                    {
                        continue;
                    }

                    inventory.Invalidate(engine.Name);
                    if (JsonSerializer.Deserialize<Message>(line) is { } message && ToEvent(engine.Name, message) is { } mapped)
                    {
                        if (mapped.Kind is ContainerEventKind.Start or ContainerEventKind.Die)
                        {
                            inventory.Expect(engine.Name, mapped.Server.ContainerId, running: mapped.Kind == ContainerEventKind.Start);
                        }

                        writer.TryWrite(mapped);
                    }
                }
            }

            if (!ct.IsCancellationRequested)
            {
                LogStreamEnded(engine.Name, engine.Options.Endpoint.ToString());
                broken = new EventStreamBrokenException(engine.Name, $"The event stream of Docker engine `{engine.Name}` ended.");
            }
        }
        catch (Exception) when (ct.IsCancellationRequested)
        {
            // Stopped by the consumer: nothing to report.
        }
        catch (Exception ex) when (DockerFailures.IsEngineFailure(ex) || ex is JsonException or ObjectDisposedException)
        {
            LogStreamBroken(ex, engine.Name, DockerFailures.DescribeWithAddress(engine, ex));
            broken = new EventStreamBrokenException(engine.Name, DockerFailures.Describe(engine, ex).Message, ex);
        }
        finally
        {
            writer.TryComplete(broken);
        }
    }

    private ContainerEventsParameters Parameters(long? sinceNanos)
    {
        var filters = new Dictionary<string, IDictionary<string, bool>>
        {
            ["type"] = new Dictionary<string, bool> { ["container"] = true },
            ["event"] = Actions.ToDictionary(a => a, _ => true),
        };
        if (_options.Discovery.Mode == DiscoveryMode.Label)
        {
            filters["label"] = new Dictionary<string, bool> { [_options.Discovery.Label] = true };
        }

        return new ContainerEventsParameters { Since = sinceNanos is { } since ? SinceText(since) : null!, Filters = filters }; // null: from now
    }

    /// <summary>Unix nanoseconds as the engine's fractional <c>since</c>: <c>seconds.nanoseconds</c>.</summary>
    internal static string SinceText(long nanos) =>
        string.Create(CultureInfo.InvariantCulture, $"{nanos / 1_000_000_000}.{nanos % 1_000_000_000:D9}");

    /// <summary>The event for a server, or null for a container that is not one or an event we do not follow.</summary>
    internal ContainerEvent? ToEvent(string engine, Message message)
    {
        var attributes = message.Actor?.Attributes ?? new Dictionary<string, string>();
        var (action, detail) = message.Action?.Split(':', 2, StringSplitOptions.TrimEntries) switch
        {
            [var a, var d] => (a, d),
            [var a] => (a, ""),
            _ => ("", ""),
        };
        if (message.Actor?.ID is not { Length: > 0 } containerId || Kind(action) is not { } kind)
        {
            return null;
        }

        var containerName = attributes.TryGetValue("name", out var name) ? name.TrimStart('/') : containerId[..Math.Min(12, containerId.Length)];
        var server = new ServerId(engine, containerId, ServerLabels.DisplayName(containerName, attributes));
        if (_options.Discovery.Mode == DiscoveryMode.AllowList && !_options.Discovery.AllowList.Contains(server.Name, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        var at = message.TimeNano ?? (message.Time ?? 0) * 1_000_000_000;
        return new ContainerEvent(server, kind, at)
        {
            ExitCode = kind == ContainerEventKind.Die ? Number(attributes, "exitCode") : null,
            Signal = kind == ContainerEventKind.Kill ? Signal(attributes) : null,
            Health = kind == ContainerEventKind.Health ? ContainerStateText.ParseHealth(detail) : null,
            OldName = kind == ContainerEventKind.Rename && attributes.TryGetValue("oldName", out var oldName) ? oldName.TrimStart('/') : null,
        };
    }

    private static ContainerEventKind? Kind(string action) => action switch
    {
        "create" => ContainerEventKind.Create,
        "start" => ContainerEventKind.Start,
        "restart" => ContainerEventKind.Restart,
        "die" => ContainerEventKind.Die,
        "kill" => ContainerEventKind.Kill,
        "oom" => ContainerEventKind.Oom,
        "stop" => ContainerEventKind.Stop,
        "health_status" => ContainerEventKind.Health,
        "destroy" => ContainerEventKind.Destroy,
        "rename" => ContainerEventKind.Rename,
        _ => null,
    };

    private static int? Number(IDictionary<string, string> attributes, string key) =>
        attributes.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>The engine says <c>15</c>; a name (<c>SIGKILL</c>, <c>KILL</c>) as given to <c>docker kill -s</c> is accepted too.</summary>
    private static int? Signal(IDictionary<string, string> attributes)
    {
        if (Number(attributes, "signal") is { } number)
        {
            return number;
        }

        var name = attributes.TryGetValue("signal", out var text) ? text.Trim() : "";
        name = name.StartsWith("SIG", StringComparison.OrdinalIgnoreCase) ? name[3..] : name;
        return SignalNumbers.TryGetValue(name, out var known) ? known : null;
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "Event stream of Docker engine {Engine} broke: {Problem}")]
    private partial void LogStreamBroken(Exception exception, string engine, string problem);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Event stream of Docker engine {Engine} at {Endpoint} ended")]
    private partial void LogStreamEnded(string engine, string endpoint);
}
