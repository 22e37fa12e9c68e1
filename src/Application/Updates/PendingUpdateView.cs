using ServerStatus.Domain.Updates;

namespace ServerStatus.Application.Updates;

/// <summary>A pending update as the bot shows it.</summary>
public sealed record PendingUpdateView(
    string Server,
    string ImageReference,
    string RunningDigest,
    string NewDigest,
    DateTimeOffset? RunningImageCreated,
    DateTimeOffset? NewImageCreated,
    DateTimeOffset FoundAt,
    string? SkippedDigest,
    ulong? SkippedBy)
{
    public bool IsSkipped => SkippedDigest is not null && SkippedDigest == NewDigest;

    public static PendingUpdateView Of(PendingUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return new(update.Server, update.ImageReference, update.RunningDigest, update.NewDigest, update.RunningImageCreated,
            update.NewImageCreated, update.FoundAt, update.SkippedDigest, update.SkippedBy);
    }
}
