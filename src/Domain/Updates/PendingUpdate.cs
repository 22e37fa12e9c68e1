namespace ServerStatus.Domain.Updates;

/// <summary>
/// A newer image of a server's image reference in its registry than the one the server runs, as the last check found it:
/// what it runs and what the registry has (digests and creation dates), its message in the alert channel, and a version
/// someone chose to skip. One per server; gone once the server runs the newest image or no longer exists.
/// </summary>
public sealed class PendingUpdate
{
    public const int ServerMaxLength = 200;
    public const int ReferenceMaxLength = 400;
    public const int DigestMaxLength = 100;

    private PendingUpdate()
    {
    }

    public long Id { get; private set; }

    /// <summary>The engine-qualified server name (<c>local/mc</c>).</summary>
    public string Server { get; private set; } = "";

    public string Engine { get; private set; } = "";

    /// <summary>The image reference the container was created from (<c>itzg/minecraft-server:latest</c>).</summary>
    public string ImageReference { get; private set; } = "";

    /// <summary>The registry digest of the image the server runs.</summary>
    public string RunningDigest { get; private set; } = "";

    /// <summary>The registry's digest of the reference now.</summary>
    public string NewDigest { get; private set; } = "";

    public DateTimeOffset? RunningImageCreated { get; private set; }

    /// <summary>Known only when the engine already holds the new image (pulled but not yet used).</summary>
    public DateTimeOffset? NewImageCreated { get; private set; }

    public DateTimeOffset FoundAt { get; private set; }

    public DateTimeOffset CheckedAt { get; private set; }

    /// <summary>The digest someone chose to skip (<c>update skip</c>): while it is the newest, nothing is announced.</summary>
    public string? SkippedDigest { get; private set; }

    public ulong? SkippedBy { get; private set; }

    public ulong? ChannelId { get; private set; }

    public ulong? MessageId { get; private set; }

    /// <summary>The new digest the message shows; a check that finds the same one edits nothing.</summary>
    public string? AnnouncedDigest { get; private set; }

    public bool IsSkipped => SkippedDigest is not null && SkippedDigest == NewDigest;

    /// <summary>Whether its message shows what is pending now (or, when skipped, needs no announcement).</summary>
    public bool IsAnnounced => MessageId is not null && AnnouncedDigest == NewDigest;

    public static PendingUpdate Found(string engine, string server, ImageVersions versions, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(engine);
        ArgumentException.ThrowIfNullOrWhiteSpace(server);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(server.Length, ServerMaxLength, nameof(server));
        var update = new PendingUpdate { Engine = engine, Server = server, FoundAt = at.ToUniversalTime() };
        update.Saw(versions, at);
        return update;
    }

    /// <summary>What the last check found; a newer digest than the one shown makes the message out of date.</summary>
    public void Saw(ImageVersions versions, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentException.ThrowIfNullOrWhiteSpace(versions.Reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(versions.RunningDigest);
        ArgumentException.ThrowIfNullOrWhiteSpace(versions.NewDigest);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(versions.Reference.Length, ReferenceMaxLength, nameof(versions));
        ImageReference = versions.Reference;
        RunningDigest = versions.RunningDigest;
        NewDigest = versions.NewDigest;
        RunningImageCreated = versions.RunningCreated?.ToUniversalTime();
        NewImageCreated = versions.NewCreated?.ToUniversalTime();
        CheckedAt = at.ToUniversalTime();
    }

    /// <summary>Its message in the alert channel now shows <see cref="NewDigest"/>.</summary>
    public void AnnouncedAs(ulong channelId, ulong messageId)
    {
        ArgumentOutOfRangeException.ThrowIfZero(channelId);
        ArgumentOutOfRangeException.ThrowIfZero(messageId);
        ChannelId = channelId;
        MessageId = messageId;
        AnnouncedDigest = NewDigest;
    }

    /// <summary>Someone chose not to take the version now pending: it is no longer announced; a later one is.</summary>
    public void Skip(ulong by)
    {
        SkippedDigest = NewDigest;
        SkippedBy = by;
    }
}

/// <summary>What a check found: the reference, the digest the server runs and the registry's, and the images' creation dates.</summary>
public sealed record ImageVersions(string Reference, string RunningDigest, string NewDigest, DateTimeOffset? RunningCreated, DateTimeOffset? NewCreated);
