using ServerStatus.Domain.Servers;

namespace ServerStatus.Domain.Audit;

/// <summary>One command as the audit log keeps it: who, where, what, on which servers, how it ended, how long it took.</summary>
public sealed class AuditEntry
{
    public const int CommandMaxLength = 64;
    public const int ArgumentsMaxLength = 1000;
    public const int ServersMaxLength = 1000;
    public const int ErrorIdMaxLength = 32;

    private AuditEntry()
    {
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The Discord user, or 0 for the system actor (scheduled jobs).</summary>
    public ulong ActorId { get; private set; }

    public bool IsSystem { get; private set; }

    public ulong? GuildId { get; private set; }

    public ulong? ChannelId { get; private set; }

    public string Command { get; private set; } = "";

    /// <summary>The arguments as given, with secrets left out by the message itself; cut to <see cref="ArgumentsMaxLength"/>.</summary>
    public string Arguments { get; private set; } = "";

    /// <summary>The servers named, comma-separated.</summary>
    public string Servers { get; private set; } = "";

    public AuditOutcome Outcome { get; private set; }

    public int DurationMs { get; private set; }

    /// <summary>The reference shown to the user for an unexpected failure; it matches the log entry.</summary>
    public string? ErrorId { get; private set; }

    public static AuditEntry Record(
        DateTimeOffset at,
        ulong actorId,
        bool isSystem,
        ulong? guildId,
        ulong? channelId,
        string command,
        string arguments,
        IEnumerable<string> servers,
        AuditOutcome outcome,
        TimeSpan duration,
        string? errorId = null) => new()
        {
            At = at.ToUniversalTime(),
            ActorId = actorId,
            IsSystem = isSystem,
            GuildId = guildId,
            ChannelId = channelId,
            Command = Cut(command, CommandMaxLength),
            Arguments = Cut(arguments, ArgumentsMaxLength),
            Servers = Cut(string.Join(", ", servers), ServersMaxLength),
            Outcome = outcome,
            DurationMs = (int)Math.Clamp(duration.TotalMilliseconds, 0, int.MaxValue),
            ErrorId = errorId is null ? null : Cut(errorId, ErrorIdMaxLength),
        };

    /// <summary>Whether the entry names the server: the log keeps names as typed, <c>mc</c> or <c>engine/mc</c>.</summary>
    public bool NamesServer(ServerId server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return Names(server.Name) || Names(server.QualifiedName);
    }

    /// <summary>Whether <paramref name="name"/> is one of the names in <see cref="Servers"/>, ignoring case.</summary>
    public bool Names(string name) =>
        Servers.Split(',', StringSplitOptions.TrimEntries).Any(named => string.Equals(named, name, StringComparison.OrdinalIgnoreCase));

    private static string Cut(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
