using Microsoft.Extensions.Options;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>Pings every configured engine; used at start-up (and later by readiness).</summary>
public sealed class EngineHealthCheck(DockerEngines engines, IOptions<DockerOptions> options)
{
    /// <summary>One sentence per engine that did not answer; empty when all did.</summary>
    public async Task<IReadOnlyList<string>> FindUnreachableAsync(CancellationToken ct)
    {
        var timeout = TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds);
        var problems = await Task.WhenAll(engines.All.Select(async engine =>
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
            deadline.CancelAfter(timeout);
            try
            {
                await engine.Client.System.PingAsync(deadline.Token);
                return null;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested && DockerFailures.IsEngineFailure(ex))
            {
                return DockerFailures.Describe(engine, ex).Message;
            }
        }));
        return [.. problems.OfType<string>()];
    }
}
