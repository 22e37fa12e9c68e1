using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServerStatus.Domain.Servers;
using ServerStatus.Domain.Watch;

namespace ServerStatus.Application.Watch;

/// <summary>
/// One container event from an engine's stream (sent by the engine watch with the system actor): turned into a new
/// incident, counted into an active one, or its recovery. Events the bot caused itself are not incidents. Each event
/// is handled once, even when a reconnect replays it.
/// </summary>
public sealed record ObserveContainerEvent(ContainerEvent Event) : ICommand<Result>, IAdminOnly, INotAudited;

public sealed partial class ObserveContainerEventHandler(
    IIncidentStore store,
    IncidentFactsCollector collector,
    IncidentRecorder recorder,
    ExitSignals signals,
    OwnActions own,
    IContainerEngine engine,
    IOptions<AlertsOptions> options,
    Board.ServerChangeSignal boards,
    ILogger<ObserveContainerEventHandler> logger)
    : ICommandHandler<ObserveContainerEvent, Result>
{
    private TimeSpan Window => TimeSpan.FromMinutes(options.Value.CrashLoopWindowMinutes);

    public async ValueTask<Result> Handle(ObserveContainerEvent command, CancellationToken cancellationToken)
    {
        var change = command.Event;
        var cursor = await store.FindCursorAsync(change.Server.Engine, cancellationToken) ?? EventCursor.Start(change.Server.Engine);
        if (cursor.HasSeen(change.TimeNanos, change.Key))
        {
            return Result.Success;
        }

        try
        {
            switch (change.Kind)
            {
                case ContainerEventKind.Kill or ContainerEventKind.Oom:
                    signals.Note(change);
                    break;
                case ContainerEventKind.Die:
                    await OnExitAsync(change, cancellationToken);
                    break;
                case ContainerEventKind.Start:
                    await OnStartAsync(change, cancellationToken);
                    break;
                case ContainerEventKind.Health when change.Health == HealthStatus.Unhealthy:
                    await OnUnhealthyAsync(change, cancellationToken);
                    break;
                case ContainerEventKind.Health when change.Health == HealthStatus.Healthy:
                    await OnHealthyAsync(change, cancellationToken);
                    break;
            }

            // Not cancelled by a shutdown once handled: a replay at the next start would open or edit the incident again.
            cursor.Advance(change.TimeNanos, change.Key);
            await store.SaveCursorAsync(cursor, CancellationToken.None);
        }
        finally
        {
            // The boards show the engine's list, not what this handler made of the event: even a failed handling changed it.
            boards.Poke(change.Server.Engine);
        }

        return Result.Success;
    }

    private async Task OnExitAsync(ContainerEvent change, CancellationToken ct)
    {
        var server = change.Server;
        var cause = signals.Take(server, change.At);
        if (own.ExplainingExit(server, change.At) is not null)
        {
            // The bot stopped it: the run until then was a good one.
            await ConfirmBaselineAsync(server, change.At, ct);
            return;
        }

        var kind = cause switch
        {
            { Oom: true } => IncidentKind.OutOfMemory,
            { Terminated: true } => IncidentKind.StoppedOutside,
            { Signal: not null } => IncidentKind.KilledOutside,
            _ when change.ExitCode == 0 => IncidentKind.Exited,
            _ => IncidentKind.Crashed,
        };
        var (facts, container) = await collector.CollectAsync(server, kind, change.At, cause, change.ExitCode, ct);
        if (container is { OomKilled: true } && kind != IncidentKind.OutOfMemory)
        {
            facts = facts with { Kind = IncidentKind.OutOfMemory };
        }

        var latest = await store.FindLatestAsync(server.QualifiedName, ct);
        if (latest is not null && latest.IsActive(change.At, Window) && !latest.IsEngineIncident)
        {
            latest.AddExit(facts, change.At, options.Value.CrashLoopRestarts, Window);
            await recorder.UpdateAsync(latest, ct);
            return;
        }

        if (container?.StartedAt is { } started && change.At - started >= Window)
        {
            // It ran well for a while on this image: a later incident compares with it. (Compared above first.)
            await ConfirmBaselineAsync(server, container.ImageId, change.At, ct);
        }

        await recorder.OpenAsync(server, Incident.ForServer(facts, change.At), ct);
    }

    private async Task OnStartAsync(ContainerEvent change, CancellationToken ct)
    {
        var server = change.Server;
        if (await store.FindBaselineAsync(server.QualifiedName, ct) is null)
        {
            await ConfirmBaselineAsync(server, change.At, ct);
        }

        var latest = await store.FindLatestAsync(server.QualifiedName, ct);
        if (latest is null || latest.IsRecovered || latest.Kind == IncidentKind.Unhealthy || !latest.IsActive(change.At, Window))
        {
            return;
        }

        latest.Recover(change.At, await BroughtBackByAsync(server, latest, change.At, ct));
        await recorder.UpdateAsync(latest, ct);
    }

    private async Task OnUnhealthyAsync(ContainerEvent change, CancellationToken ct)
    {
        var server = change.Server;
        var latest = await store.FindLatestAsync(server.QualifiedName, ct);
        var (facts, _) = await collector.CollectAsync(server, IncidentKind.Unhealthy, change.At, ExitCause.None, exitCode: null, ct);
        if (latest is not null && latest.IsActive(change.At, Window))
        {
            if (latest.IsRecovered)
            {
                latest.Relapse(facts.Detail, change.At);
                await recorder.UpdateAsync(latest, ct);
            }

            return;
        }

        await recorder.OpenAsync(server, Incident.ForServer(facts, change.At), ct);
    }

    private async Task OnHealthyAsync(ContainerEvent change, CancellationToken ct)
    {
        var server = change.Server;
        await ConfirmBaselineAsync(server, change.At, ct);
        var latest = await store.FindLatestAsync(server.QualifiedName, ct);
        if (latest is { IsRecovered: false } && latest.Kind == IncidentKind.Unhealthy)
        {
            latest.Recover(change.At, own.ExplainingStart(server, change.At) is { } action ? By(action) : "healthy again");
            await recorder.UpdateAsync(latest, ct);
        }
    }

    private async Task<string> BroughtBackByAsync(ServerId server, Incident incident, DateTimeOffset at, CancellationToken ct)
    {
        if (own.ExplainingStart(server, at) is { } action)
        {
            return By(action);
        }

        var facts = await engine.GetFactsAsync(server, ct);
        return facts.IsSuccess && facts.Value.RestartCount > incident.RestartCount
            ? "restarted by Docker's restart policy"
            : "started outside ServerStatus";
    }

    private static string By(OwnActionRecord action)
    {
        var verb = action.Action == OwnAction.Start ? "started" : "restarted";
        return action.Actor.IsSystem ? $"{verb} by ServerStatus" : $"{verb} by <@{action.Actor.UserId}>";
    }

    private async Task ConfirmBaselineAsync(ServerId server, DateTimeOffset at, CancellationToken ct)
    {
        var facts = await engine.GetFactsAsync(server, ct);
        if (facts.IsSuccess)
        {
            await ConfirmBaselineAsync(server, facts.Value.ImageId, at, ct);
        }
    }

    // The image the server ran well with, when the caller has inspected it already.
    private async Task ConfirmBaselineAsync(ServerId server, string imageId, DateTimeOffset at, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(imageId))
        {
            return;
        }

        var baseline = await store.FindBaselineAsync(server.QualifiedName, ct);
        if (baseline is null)
        {
            baseline = ImageBaseline.Confirm(server.QualifiedName, imageId, at);
        }
        else
        {
            baseline.Reconfirm(imageId, at);
        }

        await store.SaveBaselineAsync(baseline, ct);
        LogBaseline(server.QualifiedName, imageId);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Server {Server} ran well on image {Image}")]
    private partial void LogBaseline(string server, string image);
}
