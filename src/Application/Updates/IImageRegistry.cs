using ServerStatus.Domain.Servers;
using ServerStatus.Domain.Updates;

namespace ServerStatus.Application.Updates;

/// <summary>
/// Images as the engines know them: what a server runs, and what the registry has under its reference — asked through
/// the server's engine, so the engine's own view of the registry is used. Expected failures (registry unreachable,
/// unauthorized, manifest unknown, an image built locally) come back as errors with a sentence; only surprises throw.
/// </summary>
public interface IImageRegistry
{
    /// <summary>The reference the container was created from, its image's registry digests and creation date, and its update label.</summary>
    Task<Result<RunningImage>> GetRunningImageAsync(ServerId server, CancellationToken ct);

    /// <summary>The registry's digest of <paramref name="reference"/> now, and the creation date of that image when the engine already holds it.</summary>
    Task<Result<RegistryImage>> GetRegistryImageAsync(string engine, string reference, CancellationToken ct);
}

/// <summary>
/// What a server runs: <paramref name="Reference"/> as created (<c>repo:tag</c>), the image's repo digests
/// (<c>repo@sha256:…</c>; none for an image built or imported locally), when the image was made, and its update label.
/// </summary>
public sealed record RunningImage(string Reference, IReadOnlyList<string> RepoDigests, DateTimeOffset? Created, UpdatePolicy Policy);

/// <summary>The registry's digest of a reference, and the image's creation date when the engine already has it.</summary>
public sealed record RegistryImage(string Digest, DateTimeOffset? Created);
