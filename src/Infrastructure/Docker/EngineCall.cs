using ServerStatus.Application.Common.Results;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>
/// One call on a named engine within a deadline, for adapters that address an engine rather than a server: an engine
/// that is not configured or fails becomes an error with a sentence; what the engine said goes to the caller's log.
/// </summary>
internal static class EngineCall
{
    public static async Task<Result<T>> RunAsync<T>(DockerEngines engines, string engineName, string target, TimeSpan timeout,
        Func<EngineConnection, CancellationToken, Task<Result<T>>> call, Action<Exception, string> logFailure, CancellationToken ct)
    {
        if (engines.Find(engineName) is not { } engine)
        {
            return DockerFailures.NotConfigured(engineName, target);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            return await call(engine, deadline.Token);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && DockerFailures.IsEngineFailure(ex))
        {
            logFailure(ex, DockerFailures.DescribeWithAddress(engine, ex));
            return DockerFailures.Describe(engine, ex, target);
        }
    }
}
