using Microsoft.Extensions.Options;

namespace ServerStatus.Application.Updates;

/// <summary>
/// The <c>check-updates</c> job: after a random delay up to <paramref name="JitterMinutes"/>, checks every server of every
/// engine (except those labelled <c>serverstatus.update=never</c>) for a newer image, and forgets the pending updates of
/// servers that no longer exist (their messages say so); servers labelled <c>serverstatus.update=auto</c> are updated inside
/// the auto-update window (<see cref="UpdateServer.AutoUpdater"/>). Nothing when <c>Updates:Enabled</c> is false.
/// </summary>
public sealed record CheckForUpdates(int JitterMinutes) : ICommand<Result<UpdateSweep>>, IAdminOnly;

public sealed class CheckForUpdatesValidator : AbstractValidator<CheckForUpdates>
{
    public CheckForUpdatesValidator() =>
        RuleFor(x => x.JitterMinutes).InclusiveBetween(0, 1440).WithMessage("Updates:JitterMinutes must be between 0 and 1440.");
}

/// <summary>What a scheduled check found: servers per state, and pending updates of servers that are gone.</summary>
public sealed record UpdateSweep(bool Enabled, IReadOnlyDictionary<UpdateState, int> Servers, int Gone)
{
    public string Summary => !Enabled
        ? "Updates:Enabled is false, nothing checked"
        : string.Join(", ", Enum.GetValues<UpdateState>().Select(s => $"{Servers.GetValueOrDefault(s)} {s}")) + $", {Gone} gone";
}

public sealed class CheckForUpdatesHandler(
    IContainerEngine engine,
    UpdateChecker checker,
    UpdateServer.IAutoUpdate auto,
    IPendingUpdateStore store,
    IOptions<UpdatesOptions> options,
    TimeProvider time) : ICommandHandler<CheckForUpdates, Result<UpdateSweep>>
{
    public async ValueTask<Result<UpdateSweep>> Handle(CheckForUpdates command, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return new UpdateSweep(false, new Dictionary<UpdateState, int>(), 0);
        }

        if (command.JitterMinutes > 0)
        {
            // Random on purpose: bots on the same schedule should not ask one registry at the same second.
            var jitter = TimeSpan.FromMinutes(command.JitterMinutes * Random.Shared.NextDouble());
            await Task.Delay(jitter, time, cancellationToken);
        }

        var inventory = await engine.ListServersAsync(cancellationToken);
        var counts = new Dictionary<UpdateState, int>();
        foreach (var server in inventory.Servers)
        {
            var line = await checker.CheckAsync(server.Id, cancellationToken);
            counts[line.State] = counts.GetValueOrDefault(line.State) + 1;
            if (line is { State: UpdateState.Newer, Auto: true } && await auto.UpdateAsync(server, cancellationToken) is { Good: true })
            {
                await checker.CheckAsync(server.Id, cancellationToken); // The pending update is resolved: its message says it was applied.
            }
        }

        var silent = inventory.Problems.Select(p => p.Engine).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var present = inventory.Servers.Select(s => s.Id.QualifiedName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var gone = (await store.ListAsync(cancellationToken)).Where(p => !present.Contains(p.Server) && !silent.Contains(p.Engine)).ToList();
        foreach (var pending in gone)
        {
            await checker.ResolveAsync(pending, UpdateNoticeKind.Gone, cancellationToken);
        }

        return new UpdateSweep(true, counts, gone.Count);
    }
}
