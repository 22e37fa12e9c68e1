using Mediator;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;

namespace ServerStatus.Application.Audit.PruneAudit;

public sealed class PruneAuditHandler(IAuditLog auditLog, TimeProvider time) : ICommandHandler<PruneAudit, Result<AuditPruneReport>>
{
    public async ValueTask<Result<AuditPruneReport>> Handle(PruneAudit command, CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow().AddDays(-command.OlderThanDays);
        var removed = await auditLog.PruneAsync(before, cancellationToken);
        return new AuditPruneReport(removed, before);
    }
}
