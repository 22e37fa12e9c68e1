namespace DiscordApi.Gateway;

/// <summary>What a Resume needs: session id, last sequence number and the resume URL from READY.</summary>
internal sealed class GatewaySession
{
    private int _sequence = -1;

    public string? SessionId { get; private set; }

    /// <summary>Last sequence number seen; read by the heartbeat task while the run loop writes it.</summary>
    public int? Sequence => Volatile.Read(ref _sequence) is var sequence and >= 0 ? sequence : null;

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

        Volatile.Write(ref _sequence, sequence);
        return true;
    }

    /// <summary>Forgets the session (op 9 false, 4007, 4009, failed resumes): the next connection identifies.</summary>
    public void Clear()
    {
        SessionId = null;
        Volatile.Write(ref _sequence, -1);
        ResumeUrl = null;
    }
}
