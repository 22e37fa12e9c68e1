using ServerStatus.Domain.Watch;

namespace ServerStatus.Application.Watch;

/// <summary>
/// An engine stopped answering (its event stream and its list call both failed for <c>Alerts:EngineDownSeconds</c>),
/// or answers again: one incident, edited when it is back. Sent by the engine watch with the system actor.
/// </summary>
public sealed record ObserveEngineHealth(string Engine, bool Answering, string Problem, DateTimeOffset Since) : ICommand<Result>, IAdminOnly, INotAudited;

public sealed class ObserveEngineHealthHandler(IIncidentStore store, IncidentRecorder recorder, IAlertPolicy policy, TimeProvider time)
    : ICommandHandler<ObserveEngineHealth, Result>
{
    public async ValueTask<Result> Handle(ObserveEngineHealth command, CancellationToken cancellationToken)
    {
        var open = await store.FindOpenEngineIncidentAsync(command.Engine, cancellationToken);
        if (command.Answering)
        {
            if (open is not null)
            {
                open.Recover(time.GetUtcNow(), "answering again");
                await recorder.UpdateAsync(open, cancellationToken);
            }

            return Result.Success;
        }

        if (open is null)
        {
            var destination = await policy.DefaultDestinationAsync(cancellationToken);
            await recorder.OpenAsync(Incident.ForEngine(command.Engine, command.Problem, command.Since), destination, cancellationToken);
        }

        return Result.Success;
    }
}
