using Mediator;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;

namespace ServerStatus.Application.Audit.ListAudit;

public sealed class ListAuditHandler(IAuditLog auditLog) : IQueryHandler<ListAudit, Result<AuditView>>
{
    public async ValueTask<Result<AuditView>> Handle(ListAudit query, CancellationToken cancellationToken)
    {
        var entries = await auditLog.RecentAsync(query.Server, query.Count, cancellationToken);
        return new AuditView(query.Server, [.. entries.Select(AuditLine.From)]);
    }
}
