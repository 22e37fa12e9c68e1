namespace ServerStatus.Presentation.Discord.DiscordApi.Gateway;

/// <summary>What a Resume needs: session id, last sequence number and the resume URL from READY.</summary>
public sealed class GatewaySession
{
    public string? SessionId { get; private set; }

    public int? Sequence { get; private set; }

    public Uri? ResumeUrl { get; private set; }

    public bool CanResume => SessionId is not null && Sequence is not null && ResumeUrl is not null;

    public void Start(string sessionId, Uri resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    /// <summary>Records the sequence number of a dispatch; returns false for one already seen (a duplicate).</summary>
    public bool TryAdvance(int sequence)
    {
        if (Sequence is { } current && sequence <= current)
        {
            return false;
        }

        Sequence = sequence;
        return true;
    }

    /// <summary>Forgets the session (op 9 false, 4007, 4009, failed resumes): the next connection identifies.</summary>
    public void Clear()
    {
        SessionId = null;
        Sequence = null;
        ResumeUrl = null;
    }
}
