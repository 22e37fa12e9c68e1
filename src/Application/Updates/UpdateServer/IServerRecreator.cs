using ServerStatus.Application.Backups;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Updates.UpdateServer;

/// <summary>
/// Replaces a server's container by one made from another image with the same configuration, keeping the old one
/// parked (stopped, renamed) until the update is declared good. Containers are addressed by engine and id, since a
/// parked container no longer carries the server's name. Expected engine failures come back as errors.
/// </summary>
public interface IServerRecreator
{
    /// <summary>What the server runs: its container's name, the image reference it was created from and the image's id.</summary>
    Task<Result<ContainerImage>> DescribeAsync(ServerId server, CancellationToken ct);

    /// <summary>Pulls <paramref name="reference"/> with the engine's own credentials, reporting layers and bytes; the image id pulled.</summary>
    Task<Result<string>> PullAsync(string engine, string reference, IJobProgress progress, CancellationToken ct);

    /// <summary>
    /// Renames the stopped container <paramref name="oldContainerId"/> to <paramref name="parkedName"/> and creates in its
    /// place, under its name, a container of <paramref name="reference"/> with its configuration (not started); the new id.
    /// </summary>
    Task<Result<string>> RecreateAsync(string engine, string oldContainerId, string parkedName, string reference, CancellationToken ct);

    /// <summary>Gives a container a name (a parked one back its own).</summary>
    Task<Result> RenameAsync(string engine, string containerId, string name, CancellationToken ct);

    /// <summary>Removes a container (stopping it first); success when it is already gone.</summary>
    Task<Result> RemoveAsync(string engine, string containerId, CancellationToken ct);

    /// <summary>What a container is doing now (for the probation); NotFound when it is gone.</summary>
    Task<Result<ContainerProbe>> ProbeAsync(string engine, string containerId, CancellationToken ct);

    /// <summary>Points <paramref name="reference"/> at the image <paramref name="imageId"/> again (for a rollback); NotFound when the image is gone.</summary>
    Task<Result> TagAsync(string engine, string imageId, string reference, CancellationToken ct);

    /// <summary>Removes an image by id unless a container still uses it (Conflict) or another reference names it; success when it is already gone.</summary>
    Task<Result> RemoveImageAsync(string engine, string imageId, CancellationToken ct);

    /// <summary>A container's name now (a parked one's is its parked name), or null when it is gone.</summary>
    Task<Result<string?>> NameOfAsync(string engine, string containerId, CancellationToken ct);
}

/// <summary>A server's container: its name on the engine, the reference it was made from, its image id, and whether it runs.</summary>
public sealed record ContainerImage(string ContainerName, string Reference, string ImageId, bool IsComposeManaged);

/// <summary>A container's state for the probation: running, its health (null without a health check), restarts so far, and its exit code.</summary>
public sealed record ContainerProbe(bool Running, string? Health, long RestartCount, long ExitCode);
