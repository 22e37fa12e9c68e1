using System.Globalization;

namespace ServerStatus.Application.Updates.UpdateServer;

/// <summary>
/// The daily <c>prune-update-images</c> job: removes the old images that good updates kept for <c>rollback</c> once they are
/// older than <paramref name="KeepOldImageDays"/> days. An image a container still uses is kept and tried again next time.
/// </summary>
public sealed record PruneUpdateImages(int KeepOldImageDays) : ICommand<Result<UpdateImagePruneReport>>, IAdminOnly, IAuditable
{
    public string AuditArguments => KeepOldImageDays.ToString(CultureInfo.InvariantCulture);
}

public sealed class PruneUpdateImagesValidator : AbstractValidator<PruneUpdateImages>
{
    public PruneUpdateImagesValidator() => RuleFor(x => x.KeepOldImageDays).InclusiveBetween(1, 365);
}

/// <summary>How many old images were removed, and how many are still in use.</summary>
public sealed record UpdateImagePruneReport(int Removed, int InUse);

public sealed class PruneUpdateImagesHandler(IUpdateJournalStore journals, IServerRecreator recreator, TimeProvider time)
    : ICommandHandler<PruneUpdateImages, Result<UpdateImagePruneReport>>
{
    public async ValueTask<Result<UpdateImagePruneReport>> Handle(PruneUpdateImages command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        int removed = 0, inUse = 0;
        foreach (var update in await journals.ListOldImagesAsync(now.AddDays(-command.KeepOldImageDays), cancellationToken))
        {
            var result = await recreator.RemoveImageAsync(update.Engine, update.OldImageId, cancellationToken);
            if (!result.IsSuccess)
            {
                inUse++;
                continue;
            }

            update.OldImageRemoved(now);
            await journals.SaveAsync(update, cancellationToken);
            removed++;
        }

        return new UpdateImagePruneReport(removed, inUse);
    }
}
