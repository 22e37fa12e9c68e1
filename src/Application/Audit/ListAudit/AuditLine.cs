using ServerStatus.Domain.Audit;

namespace ServerStatus.Application.Audit.ListAudit;

/// <summary>One audit row as the admin sees it.</summary>
public sealed record AuditLine(
    DateTimeOffset At,
    ulong ActorId,
    bool IsSystem,
    ulong? GuildId,
    ulong? ChannelId,
    string Command,
    string Arguments,
    string Servers,
    AuditOutcome Outcome,
    TimeSpan Duration,
    string? ErrorId)
{
    public static AuditLine From(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.At, entry.ActorId, entry.IsSystem, entry.GuildId, entry.ChannelId, entry.Command, entry.Arguments,
            entry.Servers, entry.Outcome, TimeSpan.FromMilliseconds(entry.DurationMs), entry.ErrorId);
    }
}
