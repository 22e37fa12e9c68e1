using System.Globalization;
using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;

namespace ServerStatus.Application.Logging.TrimLogs;

/// <summary>
/// Deletes the oldest log files until the log directory fits <paramref name="BudgetKb"/>; never the file being
/// written (the scheduled job sends <c>Logging:File:DirectoryBudgetKb</c>).
/// </summary>
public sealed record TrimLogs(long BudgetKb) : ICommand<Result<LogTrimReport>>, IAdminOnly, IAuditable
{
    public string AuditArguments => BudgetKb.ToString(CultureInfo.InvariantCulture);

    public IReadOnlyList<string> AuditServers => [];
}
