using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>
/// Pings every configured engine: for the operator at start-up and in <c>doctor</c> (sentences with each engine's
/// address), and for readiness (the engines' names only; the addresses go to the log).
/// </summary>
public sealed partial class EngineHealthCheck(DockerEngines engines, IOptions<DockerOptions> options, ILogger<EngineHealthCheck> logger)
{
    /// <summary>One sentence per engine that did not answer, naming its address; empty when all did.</summary>
    public async Task<IReadOnlyList<string>> FindUnreachableAsync(CancellationToken ct) =>
        [.. (await DescribeUnreachableAsync(ct)).Values];

    /// <summary>The same sentences by engine name.</summary>
    public async Task<IReadOnlyDictionary<string, string>> DescribeUnreachableAsync(CancellationToken ct) =>
        (await PingAllAsync(ct)).ToDictionary(f => f.Engine.Name, f => DockerFailures.DescribeWithAddress(f.Engine, f.Exception));

    /// <summary>One sentence per engine that did not answer, naming the engine but not its address (which is logged).</summary>
    public async Task<IReadOnlyList<string>> FindUnreachableWithoutAddressesAsync(CancellationToken ct) =>
        [.. (await PingAllAsync(ct)).Select(f =>
        {
            LogUnreachable(f.Exception, DockerFailures.DescribeWithAddress(f.Engine, f.Exception));
            return DockerFailures.Describe(f.Engine, f.Exception).Message;
        })];

    private async Task<IReadOnlyList<(EngineConnection Engine, Exception Exception)>> PingAllAsync(CancellationToken ct)
    {
        var timeout = TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds);
        var failures = await Task.WhenAll(engines.All.Select(async engine =>
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
            deadline.CancelAfter(timeout);
            try
            {
                await engine.Client.System.PingAsync(deadline.Token);
                return ((EngineConnection, Exception)?)null;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested && DockerFailures.IsEngineFailure(ex))
            {
                return (engine, ex);
            }
        }));
        return [.. failures.OfType<(EngineConnection, Exception)>()];
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "{Problem}")]
    private partial void LogUnreachable(Exception exception, string problem);
}
