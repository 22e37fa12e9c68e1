using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;

namespace ServerStatus.Application.Backups.GetBackupScheduleJobs;

/// <summary>The recurring jobs the stored schedules need; start-up registers them (not a user command, so not audited).</summary>
public sealed record GetBackupScheduleJobs : IQuery<Result<IReadOnlyList<ScheduledJob>>>, IAdminOnly, INotAudited;
