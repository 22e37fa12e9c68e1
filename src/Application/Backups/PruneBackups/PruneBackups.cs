using System.Globalization;
using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;

namespace ServerStatus.Application.Backups.PruneBackups;

/// <summary>
/// The daily retention job: deletes pre-restore safety backups older than <paramref name="PreRestoreOlderThanDays"/>
/// days and every schedule's scheduled backups beyond its keep count. Manual backups are never touched.
/// </summary>
public sealed record PruneBackups(int PreRestoreOlderThanDays) : ICommand<Result<BackupPruneReport>>, IAdminOnly, IAuditable
{
    public string AuditArguments => PreRestoreOlderThanDays.ToString(CultureInfo.InvariantCulture);

    public IReadOnlyList<string> AuditServers => [];
}
