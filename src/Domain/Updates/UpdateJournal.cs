namespace ServerStatus.Domain.Updates;

/// <summary>
/// One image update (or rollback) of a server, written before each stage begins: a bot that dies half-way knows at its
/// next start what it changed (the parked old container, the new one, the pre-update backup) and finishes or undoes it.
/// Kept after it ends: a good update's row says which image and backup <c>rollback</c> puts back.
/// </summary>
public sealed class UpdateJournal
{
    public const int ServerMaxLength = 200;
    public const int ReferenceMaxLength = 400;
    public const int IdMaxLength = 100;
    public const int NameMaxLength = 300;
    public const int TextMaxLength = 2000;

    private UpdateJournal()
    {
    }

    public long Id { get; private set; }

    /// <summary>The engine-qualified server name (<c>local/mc</c>).</summary>
    public string Server { get; private set; } = "";

    public string Engine { get; private set; } = "";

    /// <summary>The container's name on the engine (the new container gets it, the old one gets it back on rollback).</summary>
    public string ContainerName { get; private set; } = "";

    public string ImageReference { get; private set; } = "";

    public string OldContainerId { get; private set; } = "";

    public string OldImageId { get; private set; } = "";

    /// <summary>The old container's name while it is parked (<c>mc-old-0123456789ab</c>).</summary>
    public string ParkedName { get; private set; } = "";

    public string? NewContainerId { get; private set; }

    public string? NewImageId { get; private set; }

    /// <summary>The pre-update backup of the mounts, once taken.</summary>
    public string? Backup { get; private set; }

    public bool ServerWasRunning { get; private set; }

    public UpdateStage Stage { get; private set; }

    public string StartedBy { get; private set; } = "";

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>Why it was rolled back or failed.</summary>
    public string? Problem { get; private set; }

    /// <summary>When the old image was removed (or found gone); rollback is no longer possible.</summary>
    public DateTimeOffset? OldImageRemovedAt { get; private set; }

    public bool IsFinished => Stage is UpdateStage.Good or UpdateStage.RolledBack or UpdateStage.Failed or UpdateStage.Reverted;

    public static UpdateJournal Begin(string engine, string server, string containerName, string reference, string oldContainerId, string oldImageId,
        string parkedName, bool serverWasRunning, string startedBy, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(engine);
        ArgumentException.ThrowIfNullOrWhiteSpace(server);
        ArgumentException.ThrowIfNullOrWhiteSpace(containerName);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(oldContainerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(oldImageId);
        ArgumentException.ThrowIfNullOrWhiteSpace(parkedName);
        ArgumentNullException.ThrowIfNull(startedBy);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(server.Length, ServerMaxLength, nameof(server));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reference.Length, ReferenceMaxLength, nameof(reference));
        return new UpdateJournal
        {
            Engine = engine,
            Server = server,
            ContainerName = containerName,
            ImageReference = reference,
            OldContainerId = oldContainerId,
            OldImageId = oldImageId,
            ParkedName = parkedName,
            ServerWasRunning = serverWasRunning,
            Stage = UpdateStage.Pulled,
            StartedBy = Cut(startedBy, NameMaxLength),
            StartedAt = at.ToUniversalTime(),
        };
    }

    public void Enter(UpdateStage stage)
    {
        if (IsFinished)
        {
            throw new InvalidOperationException($"The update of {Server} has ended ({Stage}).");
        }

        Stage = stage;
    }

    public void BackedUp(string backup)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(backup);
        Backup = backup;
    }

    public void Created(string containerId, string imageId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(containerId);
        NewContainerId = containerId;
        NewImageId = imageId;
    }

    public void End(UpdateStage stage, string? problem, DateTimeOffset at)
    {
        Stage = stage;
        Problem = problem is null ? null : Cut(problem, TextMaxLength);
        EndedAt = at.ToUniversalTime();
    }

    /// <summary>A good update that was later undone by <c>rollback</c>.</summary>
    public void Revert(DateTimeOffset at)
    {
        Stage = UpdateStage.Reverted;
        EndedAt = at.ToUniversalTime();
    }

    public void OldImageRemoved(DateTimeOffset at) => OldImageRemovedAt = at.ToUniversalTime();

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}

/// <summary>Where an update is. Stored as numbers: never renumber.</summary>
public enum UpdateStage
{
    /// <summary>The new image is pulled; nothing is changed yet.</summary>
    Pulled = 0,

    /// <summary>The server is being stopped and backed up.</summary>
    Stopping = 1,

    /// <summary>The old container is being parked and the new one created.</summary>
    Recreating = 2,

    /// <summary>The new container runs and is being watched.</summary>
    Probation = 3,

    /// <summary>Being rolled back to the old container and the pre-update data.</summary>
    RollingBack = 4,

    /// <summary>Declared good: the old container is removed, the old image kept for rollback.</summary>
    Good = 5,

    /// <summary>Rolled back: the old container runs with the pre-update data.</summary>
    RolledBack = 6,

    /// <summary>Ended before anything was changed, or a rollback failed (the problem says what is left to do).</summary>
    Failed = 7,

    /// <summary>A good update later undone with <c>rollback</c>.</summary>
    Reverted = 8,
}
