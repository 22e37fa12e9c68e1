using System.Net;
using Docker.DotNet;
using Docker.DotNet.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Updates.UpdateServer;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>
/// <see cref="IServerRecreator"/> over Docker.DotNet: pulls through the engine (which reaches the registry from its own
/// machine), parks the old container under another name and creates the new one with <see cref="ContainerRecreation"/>.
/// The engine's cached container list is invalidated after every change.
/// </summary>
public sealed partial class DockerServerRecreator(
    DockerEngines engines, EngineInventoryCache inventory, IOptions<DockerOptions> options, ILogger<DockerServerRecreator> logger) : IServerRecreator
{
    private const string ComposeProject = "com.docker.compose.project";

    // Pulling a large image takes minutes; other calls are quick.
    private static readonly TimeSpan PullTimeout = TimeSpan.FromMinutes(30);

    private TimeSpan QuickCallTimeout => TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds);

    public Task<Result<ContainerImage>> DescribeAsync(ServerId server, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(server);
        return CallAsync(server.Engine, server.Name, QuickCallTimeout, async (client, token) =>
        {
            var container = await client.Containers.InspectContainerAsync(server.ContainerId, token);
            var labels = container.Config?.Labels;
            return Result<ContainerImage>.Success(new ContainerImage(container.Name.TrimStart('/'), container.Config?.Image ?? "", container.Image,
                labels is not null && labels.ContainsKey(ComposeProject)));
        }, ct);
    }

    public Task<Result<string>> PullAsync(string engine, string reference, IJobProgress progress, CancellationToken ct) =>
        CallAsync(engine, reference, PullTimeout, async (client, token) =>
        {
            var layers = new PullProgress(progress);
            var (image, tag) = Split(reference);
            await client.Images.CreateImageAsync(new ImagesCreateParameters { FromImage = image, Tag = tag }, new AuthConfig(), new SynchronousProgress<JSONMessage>(layers.Add), token);
            if (layers.Error is { } error)
            {
                LogPullFailed(reference, engine, error);
                return Error.Failed(error, reference);
            }

            return Result<string>.Success((await client.Images.InspectImageAsync(reference, token)).ID);
        }, ct);

    public Task<Result<string>> RecreateAsync(string engine, string oldContainerId, string parkedName, string reference, CancellationToken ct) =>
        ChangeAsync(engine, parkedName, async (client, token) =>
        {
            var old = await client.Containers.InspectContainerAsync(oldContainerId, token);
            var image = await InspectImageOrNullAsync(client, old.Image, token);
            var parameters = ContainerRecreation.Parameters(old, image?.Config, reference);
            await client.Containers.RenameContainerAsync(oldContainerId, new ContainerRenameParameters { NewName = parkedName }, token);
            try
            {
                return Result<string>.Success((await client.Containers.CreateContainerAsync(parameters, token)).ID);
            }
            catch (DockerApiException ex)
            {
                await client.Containers.RenameContainerAsync(oldContainerId, new ContainerRenameParameters { NewName = parameters.Name }, CancellationToken.None);
                return Error.Failed($"the engine refused to create it: {DockerFailures.EngineMessage(ex)}", parameters.Name);
            }
        }, ct);

    public async Task<Result> RenameAsync(string engine, string containerId, string name, CancellationToken ct) =>
        Plain(await ChangeAsync(engine, name, async (client, token) =>
        {
            await client.Containers.RenameContainerAsync(containerId, new ContainerRenameParameters { NewName = name }, token);
            return Result<bool>.Success(true);
        }, ct));

    public async Task<Result> RemoveAsync(string engine, string containerId, CancellationToken ct) =>
        Plain(await ChangeAsync(engine, containerId, async (client, token) =>
        {
            try
            {
                await client.Containers.RemoveContainerAsync(containerId, new ContainerRemoveParameters { Force = true }, token);
            }
            catch (DockerContainerNotFoundException)
            {
                // Already gone.
            }

            return Result<bool>.Success(true);
        }, ct));

    public Task<Result<ContainerProbe>> ProbeAsync(string engine, string containerId, CancellationToken ct) =>
        CallAsync(engine, containerId, QuickCallTimeout, async (client, token) =>
        {
            var container = await client.Containers.InspectContainerAsync(containerId, token);
            var state = container.State;
            return Result<ContainerProbe>.Success(new ContainerProbe(state?.Running == true && state.Restarting != true, state?.Health?.Status,
                container.RestartCount, state?.ExitCode ?? 0));
        }, ct);

    public async Task<Result> TagAsync(string engine, string imageId, string reference, CancellationToken ct) =>
        Plain(await CallAsync(engine, reference, QuickCallTimeout, async (client, token) =>
        {
            var (repository, tag) = Split(reference);
            try
            {
                await client.Images.TagImageAsync(imageId, new ImageTagParameters { RepositoryName = repository, Tag = tag }, token);
            }
            catch (DockerImageNotFoundException)
            {
                return Error.NotFound($"the image {imageId[..Math.Min(19, imageId.Length)]} was removed", reference);
            }

            return Result<bool>.Success(true);
        }, ct));

    public async Task<Result> RemoveImageAsync(string engine, string imageId, CancellationToken ct) =>
        Plain(await CallAsync(engine, imageId, QuickCallTimeout, async (client, token) =>
        {
            try
            {
                await client.Images.DeleteImageAsync(imageId, new ImageDeleteParameters(), token);
            }
            catch (DockerImageNotFoundException)
            {
                // Already gone.
            }
            catch (DockerApiException ex) when (ex.StatusCode == HttpStatusCode.Conflict)
            {
                return Error.Conflict($"a container still uses it: {DockerFailures.EngineMessage(ex)}", imageId);
            }

            return Result<bool>.Success(true);
        }, ct));

    public Task<Result<string?>> NameOfAsync(string engine, string containerId, CancellationToken ct) =>
        CallAsync(engine, containerId, QuickCallTimeout, async (client, token) =>
        {
            try
            {
                return Result<string?>.Success((await client.Containers.InspectContainerAsync(containerId, token)).Name.TrimStart('/'));
            }
            catch (DockerContainerNotFoundException)
            {
                return Result<string?>.Success(null);
            }
        }, ct);

    /// <summary><c>host:5000/game:v2</c> → (<c>host:5000/game</c>, <c>v2</c>); no tag is <c>latest</c>.</summary>
    public static (string Repository, string Tag) Split(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var slash = reference.LastIndexOf('/');
        var colon = reference.LastIndexOf(':');
        return colon > slash ? (reference[..colon], reference[(colon + 1)..]) : (reference, "latest");
    }

    private static async Task<ImageInspectResponse?> InspectImageOrNullAsync(IDockerClient client, string image, CancellationToken ct)
    {
        try
        {
            return await client.Images.InspectImageAsync(image, ct);
        }
        catch (DockerImageNotFoundException)
        {
            return null;
        }
    }

    private static Result Plain<T>(Result<T> result) => result.IsSuccess ? Result.Success : Result.Fail(result.Errors);

    private async Task<Result<T>> ChangeAsync<T>(string engine, string target, Func<IDockerClient, CancellationToken, Task<Result<T>>> call, CancellationToken ct)
    {
        try
        {
            return await CallAsync(engine, target, QuickCallTimeout, call, ct);
        }
        finally
        {
            inventory.Invalidate(engine);
        }
    }

    private async Task<Result<T>> CallAsync<T>(string engineName, string target, TimeSpan timeout, Func<IDockerClient, CancellationToken, Task<Result<T>>> call, CancellationToken ct)
    {
        try
        {
            return await EngineCall.RunAsync(engines, engineName, target, timeout, (engine, token) => call(engine.Client, token),
                (ex, problem) => LogEngineFailed(ex, target, problem), ct);
        }
        catch (DockerContainerNotFoundException)
        {
            return Error.NotFound($"The container `{target}` is gone.", target);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Docker call about {Target} failed: {Problem}")]
    private partial void LogEngineFailed(Exception exception, string target, string problem);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Engine {Engine} could not pull {Reference}: {Answer}")]
    private partial void LogPullFailed(string reference, string engine, string answer);

    /// <summary>Sums the pull's per-layer progress into layers done of layers seen and bytes downloaded.</summary>
    private sealed class PullProgress(IJobProgress progress)
    {
        private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);
        private readonly HashSet<string> _done = new(StringComparer.Ordinal);

        public string? Error { get; private set; }

        public void Add(JSONMessage message)
        {
            if (message.Error?.Message is { Length: > 0 } error)
            {
                Error = error;
                return;
            }

            if (string.IsNullOrEmpty(message.ID) || message.Status is null)
            {
                return;
            }

            if (message.Status.StartsWith("Downloading", StringComparison.Ordinal) && message.Progress?.Current is > 0 and var bytes)
            {
                _bytes[message.ID] = bytes;
            }
            else if (message.Status is "Pull complete" or "Already exists" or "Download complete")
            {
                _done.Add(message.ID);
            }
            else
            {
                _bytes.TryAdd(message.ID, 0);
            }

            var layers = _bytes.Keys.Union(_done).Count();
            progress.Report(new JobProgress($"{JobStages.Pulling} ({_done.Count}/{layers} layers)", _bytes.Values.Sum()));
        }
    }
}
