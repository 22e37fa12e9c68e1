using ServerStatus.Application.Watch;
using ServerStatus.Domain.Servers;
using ServerStatus.Domain.Updates;

namespace ServerStatus.Application.Updates;

/// <summary>
/// Checks one server for a newer image and keeps the pending updates and their alert messages true: a newer image is
/// recorded and announced once in the server's alert channel (edited when a still newer one comes, never repeated); a
/// server that runs the newest image again has its message edited to say so and its pending update forgotten.
/// Scoped (the stores of its scope); the job and <c>update check</c> share it.
/// </summary>
public sealed class UpdateChecker(
    IImageRegistry registry,
    IPendingUpdateStore store,
    IUpdateAnnouncer announcer,
    IAlertPolicy alerts,
    TimeProvider time)
{
    public async Task<UpdateCheckLine> CheckAsync(ServerId server, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(server);
        var name = server.QualifiedName;
        var running = await registry.GetRunningImageAsync(server, ct);
        if (!running.IsSuccess)
        {
            return UpdateCheckLine.Not(name, UpdateState.CannotCheck, running.Errors[0].Message);
        }

        var image = running.Value;
        if (image.Policy == UpdatePolicy.Never)
        {
            return UpdateCheckLine.Not(name, UpdateState.NotChecked, "its label `serverstatus.update=never` opts it out");
        }

        if (UpdateComparison.ReferenceProblem(image.Reference) is { } problem)
        {
            return UpdateCheckLine.Not(name, UpdateState.NotChecked, problem);
        }

        if (UpdateComparison.RunningDigestFor(image.Reference, image.RepoDigests) is not { } runningDigest)
        {
            return UpdateCheckLine.Not(name, UpdateState.CannotCheck,
                $"its image `{image.Reference}` was built or imported on the engine and never pulled from or pushed to a registry, so there is no registry digest to compare");
        }

        var newest = await registry.GetRegistryImageAsync(server.Engine, image.Reference, ct);
        if (!newest.IsSuccess)
        {
            return UpdateCheckLine.Not(name, UpdateState.CannotCheck, newest.Errors[0].Message);
        }

        var pending = await store.FindAsync(name, ct);
        var line = new UpdateCheckLine(name, UpdateComparison.Compare(runningDigest, newest.Value.Digest, pending?.SkippedDigest),
            runningDigest, newest.Value.Digest, image.Created, newest.Value.Created) { Auto = image.Policy == UpdatePolicy.Auto };
        if (line.State == UpdateState.UpToDate)
        {
            if (pending is not null)
            {
                await ResolveAsync(pending, UpdateNoticeKind.Applied, ct);
            }

            return line;
        }

        var versions = new ImageVersions(image.Reference, runningDigest, newest.Value.Digest, image.Created, newest.Value.Created);
        var now = time.GetUtcNow();
        if (pending is null)
        {
            pending = PendingUpdate.Found(server.Engine, name, versions, now);
        }
        else
        {
            pending.Saw(versions, now);
        }

        await store.SaveAsync(pending, ct);
        if (!pending.IsSkipped && !pending.IsAnnounced)
        {
            await AnnounceAsync(pending, server, ct);
        }

        return line;
    }

    /// <summary>The update is no longer pending (applied, or its server is gone): its message says so, and it is forgotten.</summary>
    public async Task ResolveAsync(PendingUpdate pending, UpdateNoticeKind kind, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pending);
        await ShowAsync(pending, kind, ct);
        await store.RemoveAsync(pending.Server, ct);
    }

    /// <summary>Edits the update's message, if it has one, to say <paramref name="kind"/>.</summary>
    public async Task ShowAsync(PendingUpdate pending, UpdateNoticeKind kind, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pending);
        if (pending is { ChannelId: { } channel, MessageId: { } message })
        {
            await announcer.ShowAsync(channel, message, new UpdateNotice(kind, PendingUpdateView.Of(pending)), ct);
        }
    }

    private async Task AnnounceAsync(PendingUpdate pending, ServerId server, CancellationToken ct)
    {
        var channel = pending.ChannelId ?? (await alerts.DestinationForAsync(server, ct)).ChannelId;
        if (channel is not { } id)
        {
            return; // Silenced (alerts off, muted, maintenance) or no alert channel: listed by `updates`, announced by a later check.
        }

        if (await announcer.ShowAsync(id, pending.MessageId, new UpdateNotice(UpdateNoticeKind.Available, PendingUpdateView.Of(pending)), ct) is { } message)
        {
            pending.AnnouncedAs(id, message);
            await store.SaveAsync(pending, ct);
        }
    }
}
