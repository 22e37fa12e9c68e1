using System.Globalization;
using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;

namespace ServerStatus.Application.Audit.PruneAudit;

/// <summary>Removes audit rows older than <paramref name="OlderThanDays"/> days (the scheduled job sends <c>Audit:RetentionDays</c>).</summary>
public sealed record PruneAudit(int OlderThanDays) : ICommand<Result<AuditPruneReport>>, IAdminOnly, IAuditable
{
    public string AuditArguments => OlderThanDays.ToString(CultureInfo.InvariantCulture);

    public IReadOnlyList<string> AuditServers => [];
}
