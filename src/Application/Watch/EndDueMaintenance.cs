using Microsoft.Extensions.Options;
using ServerStatus.Domain.Servers;
using ServerStatus.Domain.Watch;

namespace ServerStatus.Application.Watch;

/// <summary>
/// The every-minute job (<c>end-maintenance</c>): ends the maintenance windows whose end passed and says so in the alert
/// channel, reminds the author of a window without an end once after <c>Alerts:MaintenanceReminderHours</c>, and forgets
/// ended mutes. Not audited: it runs every minute, and what it ends is announced and logged.
/// </summary>
public sealed record EndDueMaintenance : ICommand<Result<MaintenanceSweep>>, IAdminOnly, INotAudited;

/// <summary>Nothing to check: the message carries no data (every job's message has a validator).</summary>
public sealed class EndDueMaintenanceValidator : AbstractValidator<EndDueMaintenance>;

public sealed class EndDueMaintenanceHandler(
    IMaintenanceRepository windows,
    IAlertMuteRepository mutes,
    INotifier notifier,
    IOptions<AlertsOptions> options,
    TimeProvider time) : ICommandHandler<EndDueMaintenance, Result<MaintenanceSweep>>
{
    public async ValueTask<Result<MaintenanceSweep>> Handle(EndDueMaintenance command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var remindAfter = TimeSpan.FromHours(options.Value.MaintenanceReminderHours);
        var ended = 0;
        var reminded = 0;
        foreach (var window in await windows.ListAsync(cancellationToken))
        {
            if (!window.IsActiveAt(now))
            {
                await windows.RemoveAsync(window.Scope, cancellationToken);
                await notifier.NotifyAsync(new MaintenanceEnded(Display(window.Scope), window.Reason), cancellationToken);
                ended++;
            }
            else if (window is { Until: null, RemindedAt: null } && window.StartedAt + remindAfter <= now)
            {
                await windows.MarkRemindedAsync(window.Scope, now, cancellationToken);
                await notifier.NotifyAsync(new MaintenanceReminder(window.StartedBy, Display(window.Scope), window.Reason, window.StartedAt), cancellationToken);
                reminded++;
            }
        }

        var unmuted = await mutes.RemoveEndedAsync(now, cancellationToken);
        return new MaintenanceSweep(ended, reminded, unmuted);
    }

    private static string Display(string scope) => scope == MaintenanceWindow.AllServers ? "all servers" : ServerName.Parse(scope).Name;
}

/// <summary>What one run of the job did.</summary>
public sealed record MaintenanceSweep(int Ended, int Reminded, int MutesExpired);

/// <summary>A maintenance window ended by itself: for the alert channel.</summary>
public sealed record MaintenanceEnded(string Servers, string Reason) : Notification
{
    public override bool IsFailure => false;

    public override NotificationChannel Channel => NotificationChannel.Alerts;
}

/// <summary>A window without an end is still on: its author is told by DM (the alert channel, mentioning them, when the DM fails).</summary>
public sealed record MaintenanceReminder(ulong Author, string Servers, string Reason, DateTimeOffset Since) : Notification
{
    public override bool IsFailure => false;

    public override NotificationChannel Channel => NotificationChannel.Alerts;

    public override ulong? DirectTo => Author == 0 ? null : Author;
}
