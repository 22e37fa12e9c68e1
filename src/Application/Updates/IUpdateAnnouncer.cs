namespace ServerStatus.Application.Updates;

/// <summary>
/// The message of a pending update in the alert channel: posted once, then edited (what it shows changed, it was skipped,
/// the server now runs the new image or is gone). Never throws for a delivery problem: that is logged.
/// </summary>
public interface IUpdateAnnouncer
{
    /// <summary>
    /// Posts <paramref name="notice"/> in <paramref name="channelId"/>, or edits <paramref name="messageId"/> there; the
    /// message that shows it (a new one when the old was deleted), or null when Discord did not take it.
    /// </summary>
    Task<ulong?> ShowAsync(ulong channelId, ulong? messageId, UpdateNotice notice, CancellationToken ct);
}

/// <summary>What an update's message says.</summary>
public enum UpdateNoticeKind
{
    /// <summary>A newer image is available (with the Skip button).</summary>
    Available,

    /// <summary>Someone skipped this version.</summary>
    Skipped,

    /// <summary>The server now runs the newest image.</summary>
    Applied,

    /// <summary>The server no longer exists.</summary>
    Gone,
}

/// <summary>A pending update's message: its kind and the update as it is (with who skipped it).</summary>
public sealed record UpdateNotice(UpdateNoticeKind Kind, PendingUpdateView Update);
