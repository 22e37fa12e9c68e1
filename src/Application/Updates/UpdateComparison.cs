using ServerStatus.Domain.Updates;

namespace ServerStatus.Application.Updates;

/// <summary>
/// Whether a server runs the newest image of its reference: the registry digest of the reference against the repo
/// digest its image has for the reference's repository. Names are compared as the engine writes them, so
/// <c>nginx</c>, <c>docker.io/library/nginx</c> and <c>library/nginx</c> are one repository.
/// </summary>
public static class UpdateComparison
{
    private const string DefaultRegistry = "docker.io/";
    private const string OfficialImages = "library/";

    /// <summary>Why a reference cannot be compared with a registry (an image id, a pinned digest), or null when it can.</summary>
    public static string? ReferenceProblem(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) || reference.Length == 0)
        {
            return "it was created from an image id, not a name, so there is no registry to ask";
        }

        return reference.Contains('@', StringComparison.Ordinal)
            ? $"it is pinned to a digest (`{reference}`), so it never changes"
            : null;
    }

    /// <summary>The repository of a reference: <c>127.0.0.1:5000/game:latest</c> → <c>127.0.0.1:5000/game</c>, <c>docker.io/library/nginx</c> → <c>nginx</c>.</summary>
    public static string RepositoryOf(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var name = reference.Split('@')[0];
        var slash = name.LastIndexOf('/');
        var colon = name.LastIndexOf(':');
        if (colon > slash)
        {
            name = name[..colon];
        }

        if (name.StartsWith(DefaultRegistry, StringComparison.OrdinalIgnoreCase))
        {
            name = name[DefaultRegistry.Length..];
        }

        return name.StartsWith(OfficialImages, StringComparison.OrdinalIgnoreCase) && name.IndexOf('/', OfficialImages.Length) < 0
            ? name[OfficialImages.Length..]
            : name;
    }

    /// <summary>The digest the image has in the reference's repository; null when it has none there (built or imported on the engine).</summary>
    public static string? RunningDigestFor(string reference, IReadOnlyList<string> repoDigests)
    {
        ArgumentNullException.ThrowIfNull(repoDigests);
        var repository = RepositoryOf(reference);
        return repoDigests
            .Where(d => string.Equals(RepositoryOf(ImageDigests.RepositoryOf(d)), repository, StringComparison.OrdinalIgnoreCase))
            .Select(ImageDigests.DigestOf)
            .FirstOrDefault();
    }

    /// <summary>Up to date, newer, or newer but skipped.</summary>
    public static UpdateState Compare(string runningDigest, string registryDigest, string? skippedDigest) =>
        string.Equals(runningDigest, registryDigest, StringComparison.OrdinalIgnoreCase) ? UpdateState.UpToDate
        : string.Equals(skippedDigest, registryDigest, StringComparison.OrdinalIgnoreCase) ? UpdateState.Skipped
        : UpdateState.Newer;
}

/// <summary>What a check of one server found.</summary>
public enum UpdateState
{
    UpToDate,
    Newer,

    /// <summary>Newer, but someone skipped this version.</summary>
    Skipped,

    /// <summary>Not checked on purpose (label <c>serverstatus.update=never</c>, a pinned digest).</summary>
    NotChecked,

    /// <summary>The check failed (registry unreachable, unauthorized, unknown, a local image): the reason says why.</summary>
    CannotCheck,
}

/// <summary>One server's line of a check: its state, the digests and dates compared, or why it was not checked.</summary>
public sealed record UpdateCheckLine(
    string Server,
    UpdateState State,
    string? RunningDigest = null,
    string? NewDigest = null,
    DateTimeOffset? RunningCreated = null,
    DateTimeOffset? NewCreated = null,
    string? Reason = null)
{
    /// <summary>The server is labelled <c>serverstatus.update=auto</c>: the check job updates it inside the auto-update window.</summary>
    public bool Auto { get; init; }

    public static UpdateCheckLine Not(string server, UpdateState state, string reason) => new(server, state, Reason: reason);
}
