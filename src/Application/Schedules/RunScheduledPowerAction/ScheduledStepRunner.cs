using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.Announcements;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Schedules.RunScheduledPowerAction;

/// <summary>
/// Runs one step of a scheduled run on a server whose job lock the caller holds, reading the server's state afresh
/// (an earlier step may have stopped it): a backup (a scheduled one, pruned like the server's scheduled backups), a
/// power action through <see cref="ServerPower"/> (announced first when asked), or a console line.
/// </summary>
public sealed class ScheduledStepRunner(
    SingleServerLookup lookup,
    ServerPower power,
    PowerActionLocks powerLocks,
    BackupRunner backups,
    BackupPruner pruner,
    IBackupScheduleRepository backupSchedules,
    IContainerEngine engine,
    ConsoleAnnouncer announcer,
    TimeProvider time,
    IOptions<BackupOptions> backupOptions,
    IOptions<ConsoleOptions> consoleOptions)
{
    public const string Creator = "schedule chain";

    /// <summary>The announcement lines sent so far, and why an asked-for announcement was not made.</summary>
    public List<string> Announced { get; } = [];

    public string? Note { get; private set; }

    public async Task<Result<string>> RunAsync(string qualifiedServer, ScheduleStep step, TimeSpan? announce, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(step);
        var found = await lookup.FindAsync(qualifiedServer, step.Required, ct);
        if (!found.IsSuccess)
        {
            return Result<string>.Fail(found.Errors);
        }

        var server = found.Value;
        return step.Kind switch
        {
            ScheduleStepKind.Backup => await BackUpAsync(server, ct),
            ScheduleStepKind.Cmd => await SendAsync(server, step.Text!, ct),
            ScheduleStepKind.Start => await ActAsync(server, PowerAction.Start, announce: null, ct),
            ScheduleStepKind.Stop => await ActAsync(server, PowerAction.Stop, announce, ct),
            ScheduleStepKind.Restart => await ActAsync(server, PowerAction.Restart, announce, ct),
            _ => throw new InvalidOperationException($"{step.Kind} is not a step."),
        };
    }

    private async Task<Result<string>> BackUpAsync(ServerSummary server, CancellationToken ct)
    {
        var qualified = server.Id.QualifiedName;
        var name = await backups.FreeNameAsync(qualified, BackupName.FromTime(time.GetUtcNow()), ct);
        var record = await backups.RunAsync(server, name, BackupTrigger.Scheduled, Creator, serverIsStopped: false, ct);
        if (!record.IsSuccess)
        {
            return Result<string>.Fail(record.Errors);
        }

        var keep = (await backupSchedules.FindAsync(qualified, ct))?.Keep ?? backupOptions.Value.DefaultScheduleKeep;
        var pruned = await pruner.KeepNewestScheduledAsync(qualified, keep, ct);
        return $"backup `{name}` made" + (pruned.Count > 0 ? $", {pruned.Count} older scheduled backup(s) removed (keeping {keep})" : "");
    }

    private async Task<Result<string>> SendAsync(ServerSummary server, string line, CancellationToken ct)
    {
        var sent = await engine.SendConsoleLineAsync(server.Id, line, TimeSpan.FromMilliseconds(consoleOptions.Value.EchoMilliseconds), ct);
        return sent.IsSuccess ? $"sent `{line}`" : Result<string>.Fail(sent.Errors);
    }

    private async Task<Result<string>> ActAsync(ServerSummary server, PowerAction action, TimeSpan? announce, CancellationToken ct)
    {
        if (announce is { } lead && server.IsRunning)
        {
            var announced = await AnnounceAsync(server, action, lead, ct);
            if (!announced.IsSuccess)
            {
                return Result<string>.Fail(announced.Errors);
            }
        }

        var held = powerLocks.TryAcquire(server.Id, action);
        if (!held.IsSuccess)
        {
            return Result<string>.Fail(held.Errors);
        }

        using var _ = held.Value;
        var change = action switch
        {
            PowerAction.Start => await power.StartAsync(server.Id, ct),
            PowerAction.Stop => await power.StopAsync(server.Id, server.StopTimeout, ct),
            _ => await power.RestartAsync(server.Id, server.StopTimeout, ct),
        };
        return change.IsSuccess ? Describe(action, change.Value) : Result<string>.Fail(change.Errors);
    }

    private async Task<Result> AnnounceAsync(ServerSummary server, PowerAction action, TimeSpan lead, CancellationToken ct)
    {
        var template = await announcer.TemplateAsync(server.Id, ct);
        if (!template.IsSuccess)
        {
            return Result.Fail(template.Errors);
        }

        if (template.Value is not { } line)
        {
            Note = $"not announced: `{server.Id.Name}` has no `{ConsoleAnnouncer.Label}` label (e.g. `say {ConsoleAnnouncer.Placeholder}`)";
            return Result.Success;
        }

        var sent = await announcer.CountdownAsync(server.Id, line, action, lead, ct);
        if (!sent.IsSuccess)
        {
            return Result.Fail(sent.Errors);
        }

        Announced.AddRange(sent.Value);
        return Result.Success;
    }

    private static string Describe(PowerAction action, PowerChange change) => (action, change) switch
    {
        (PowerAction.Start, PowerChange.Done) => "started",
        (PowerAction.Start, _) => "was already running",
        (PowerAction.Stop, PowerChange.Done) => "stopped",
        (PowerAction.Stop, PowerChange.Forced) => "stopped (killed after its stop timeout)",
        (PowerAction.Stop, _) => "was not running",
        (_, PowerChange.Forced) => "restarted (killed after its stop timeout first)",
        _ => "restarted",
    };
}
