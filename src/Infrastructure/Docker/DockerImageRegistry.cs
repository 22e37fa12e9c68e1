using System.Net;
using Docker.DotNet;
using Docker.DotNet.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Updates;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>
/// <see cref="IImageRegistry"/> through the engines: the container and image inspect for what a server runs, and the
/// engine's distribution inspect (<c>GET /distribution/{name}/json</c>) for the registry's digest, so the registry is
/// asked by the engine, from the engine's machine. What the registry answered is logged; users get a sentence.
/// </summary>
public sealed partial class DockerImageRegistry(DockerEngines engines, IOptions<DockerOptions> options, ILogger<DockerImageRegistry> logger) : IImageRegistry
{
    // A registry is farther away than the engine: its answer may take longer than a quick engine call.
    private static readonly TimeSpan RegistryTimeout = TimeSpan.FromSeconds(30);

    private TimeSpan QuickCallTimeout => TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds);

    public Task<Result<RunningImage>> GetRunningImageAsync(ServerId server, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(server);
        return CallAsync(server.Engine, server.Name, QuickCallTimeout, async (engine, token) =>
        {
            try
            {
                var container = await engine.Client.Containers.InspectContainerAsync(server.ContainerId, token);
                var image = await engine.Client.Images.InspectImageAsync(container.Image, token);
                return Result<RunningImage>.Success(new RunningImage(
                    container.Config?.Image ?? "",
                    [.. image.RepoDigests ?? []],
                    Utc(image.Created),
                    UpdateLabels.Policy(container.Config?.Labels)));
            }
            catch (DockerContainerNotFoundException)
            {
                return Error.NotFound($"No server named `{server.Name}`.", server.Name);
            }
        }, ct);
    }

    public Task<Result<RegistryImage>> GetRegistryImageAsync(string engine, string reference, CancellationToken ct) =>
        CallAsync(engine, reference, RegistryTimeout, async (connection, token) =>
        {
            DistributionInspectResponse distribution;
            try
            {
                distribution = await connection.Client.Distribution.InspectAsync(reference, token);
            }
            catch (DockerApiException ex)
            {
                var answer = DockerFailures.EngineMessage(ex);
                LogRegistryRefused(reference, connection.Name, (int)ex.StatusCode, answer);
                return RegistryFailure(reference, ex.StatusCode, answer);
            }

            var digest = distribution.Descriptor?.Digest;
            if (string.IsNullOrEmpty(digest))
            {
                return Error.Failed($"The registry of `{reference}` answered without a digest.", reference);
            }

            return Result<RegistryImage>.Success(new RegistryImage(digest, await LocalCreatedAsync(connection, reference, digest, token)));
        }, ct);

    /// <summary>When the engine already holds the registry's image (pulled, not yet used), its creation date.</summary>
    private static async Task<DateTimeOffset?> LocalCreatedAsync(EngineConnection engine, string reference, string digest, CancellationToken ct)
    {
        try
        {
            var local = await engine.Client.Images.InspectImageAsync(reference, ct);
            return (local.RepoDigests ?? []).Any(d => d.EndsWith("@" + digest, StringComparison.OrdinalIgnoreCase)) ? Utc(local.Created) : null;
        }
        catch (DockerImageNotFoundException)
        {
            return null;
        }
    }

    private static Error RegistryFailure(string reference, HttpStatusCode status, string answer)
    {
        bool Says(string fragment) => answer.Contains(fragment, StringComparison.OrdinalIgnoreCase);
        if (status == HttpStatusCode.NotFound || Says("manifest unknown") || Says("not found"))
        {
            return Error.NotFound($"the registry has no image `{reference}` (manifest unknown): was it removed or renamed?", reference);
        }

        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || Says("unauthorized") || Says("denied") || Says("authentication required"))
        {
            return Error.Denied($"the registry refused to show `{reference}` (unauthorized): the engine has no access to it");
        }

        return Says("dial tcp") || Says("no such host") || Says("connection refused") || Says("timeout") || Says("tls")
            ? Error.Unavailable($"the registry of `{reference}` did not answer the engine (unreachable)", reference)
            : Error.Failed($"the engine could not ask the registry about `{reference}` (error {(int)status}; the bot's log has its answer)", reference);
    }

    private static DateTimeOffset? Utc(DateTime? created) =>
        created is not { } at || at == default ? null : new DateTimeOffset(DateTime.SpecifyKind(at.ToUniversalTime(), DateTimeKind.Utc));

    private Task<Result<T>> CallAsync<T>(string engineName, string target, TimeSpan timeout, Func<EngineConnection, CancellationToken, Task<Result<T>>> call, CancellationToken ct) =>
        EngineCall.RunAsync(engines, engineName, target, timeout, call, (ex, problem) => LogEngineFailed(ex, target, problem), ct);

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Docker call about {Target} failed: {Problem}")]
    private partial void LogEngineFailed(Exception exception, string target, string problem);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Engine {Engine} could not get the registry digest of {Reference}: it answered {Status}: {Answer}")]
    private partial void LogRegistryRefused(string reference, string engine, int status, string answer);
}
