namespace ServerStatus.IntegrationTests.FakeDiscord.Gateway;

/// <summary>Script of the fake gateway; set before <see cref="FakeDiscordGateway.StartAsync"/> (or change between steps).</summary>
public sealed class FakeGatewayOptions
{
    /// <summary>The only bot token the fake accepts (REST and Identify/Resume); anything else gets 401 / close 4004.</summary>
    public string Token { get; set; } = "fake-bot-token";

    /// <summary>Interval announced in HELLO. Tests use a few hundred milliseconds.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromMilliseconds(41_250);

    /// <summary>When false, an Identify asking for a privileged intent (members, presences, message content) gets close 4014.</summary>
    public bool PrivilegedIntentsEnabled { get; set; } = true;

    public int SessionStartTotal { get; set; } = 1000;

    public int SessionStartRemaining { get; set; } = 1000;

    public TimeSpan SessionStartResetAfter { get; set; } = TimeSpan.FromHours(24);

    public int MaxConcurrency { get; set; } = 1;

    public ulong BotUserId { get; set; } = 900_000_000_000_000_001;

    public string BotUsername { get; set; } = "serverstatus-test";

    public ulong ApplicationId { get; set; } = 900_000_000_000_000_002;

    /// <summary>Guilds announced by READY (as unavailable) and then by one GUILD_CREATE each.</summary>
    public IList<(ulong Id, string Name)> Guilds { get; } = [(800_000_000_000_000_001, "Test Guild")];

    /// <summary>Sends every outgoing payload in this many pieces: separate binary messages under zlib-stream, or
    /// fragments (continuation frames) of one text message without compression.</summary>
    public int SplitFrames { get; set; } = 1;

    /// <summary>On Resume, also replays this many events the client already acknowledged (tests duplicate handling).</summary>
    public int ReplayOverlap { get; set; }

    /// <summary>When set, every Identify is answered by closing with this code (e.g. 4004, 4010-4014).</summary>
    public int? RejectIdentifyWith { get; set; }

    /// <summary>When true, the resume URL refuses WebSocket upgrades (503): a dead resume endpoint.</summary>
    public bool RefuseResumeConnections { get; set; }

    /// <summary>When true, the fresh-session URL (<c>/gateway</c>) refuses WebSocket upgrades (503).</summary>
    public bool RefuseFreshConnections { get; set; }

    /// <summary>The first this-many connections get no HELLO at all (tests the client's HELLO timeout).</summary>
    public int ConnectionsWithoutHello { get; set; }

    /// <summary>The first this-many connections get op 7 RECONNECT instead of HELLO.</summary>
    public int ConnectionsWithReconnectBeforeHello { get; set; }

    /// <summary>When true, the fake never answers the client's close frame (the client must give up on its own).</summary>
    public bool IgnoreClientClose { get; set; }
}
