using ServerStatus.Domain.Audit;

namespace ServerStatus.Application.Common.Auditing;

/// <summary>
/// How a response becomes an audit outcome: Ok → ok, Invalid → invalid, Denied → denied, NotFound →
/// denied when the actor asked for a server they may not see (else failed), Conflict and Unavailable →
/// failed. A report with per-server outcomes counts as the worst of them (denied, failed, invalid, ok).
/// </summary>
public static class AuditOutcomes
{
    public static AuditOutcome From(Outcome outcome, IEnumerable<Outcome> parts, bool deniedServers)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts.Select(p => Map(p, deniedServers)).Aggregate(Map(outcome, deniedServers), Worst);
    }

    public static AuditOutcome Map(Outcome outcome, bool deniedServers) => outcome switch
    {
        Outcome.Ok => AuditOutcome.Ok,
        Outcome.Invalid => AuditOutcome.Invalid,
        Outcome.Denied => AuditOutcome.Denied,
        Outcome.NotFound when deniedServers => AuditOutcome.Denied,
        _ => AuditOutcome.Failed,
    };

    public static AuditOutcome Worst(AuditOutcome a, AuditOutcome b) => Severity(a) >= Severity(b) ? a : b;

    private static int Severity(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Ok => 0,
        AuditOutcome.Invalid => 1,
        AuditOutcome.Failed => 2,
        AuditOutcome.Denied => 3,
        _ => 2,
    };
}
