namespace ServerStatus.Domain.Updates;

/// <summary>Image digests as the engine writes them (<c>sha256:…</c>, or <c>repo@sha256:…</c> in an image's repo digests).</summary>
public static class ImageDigests
{
    /// <summary>Hex digits shown of a digest, as <c>docker images</c> shows ids.</summary>
    public const int ShortLength = 12;

    /// <summary>The digest of a repo digest (<c>127.0.0.1:5000/game@sha256:ab…</c> → <c>sha256:ab…</c>); a bare digest as it is.</summary>
    public static string DigestOf(string repoDigest)
    {
        ArgumentNullException.ThrowIfNull(repoDigest);
        var at = repoDigest.LastIndexOf('@');
        return at < 0 ? repoDigest : repoDigest[(at + 1)..];
    }

    /// <summary>The repository of a repo digest (<c>127.0.0.1:5000/game@sha256:ab…</c> → <c>127.0.0.1:5000/game</c>); empty for a bare digest.</summary>
    public static string RepositoryOf(string repoDigest)
    {
        ArgumentNullException.ThrowIfNull(repoDigest);
        var at = repoDigest.LastIndexOf('@');
        return at < 0 ? "" : repoDigest[..at];
    }

    /// <summary>The first <see cref="ShortLength"/> hex digits of a digest, without its algorithm: <c>f5778c5768cc</c>.</summary>
    public static string Abbreviate(string? digest)
    {
        if (string.IsNullOrEmpty(digest))
        {
            return "none";
        }

        var hex = DigestOf(digest);
        var colon = hex.IndexOf(':', StringComparison.Ordinal);
        hex = colon < 0 ? hex : hex[(colon + 1)..];
        return hex.Length <= ShortLength ? hex : hex[..ShortLength];
    }
}
