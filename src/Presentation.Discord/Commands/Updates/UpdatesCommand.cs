using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Updates;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Updates;

/// <summary>
/// <c>updates</c> (<c>status</c>): the pending updates of the servers one may see. In chat <c>update check …</c> and
/// <c>update skip …</c> are the sibling commands (<c>/update_check</c>, <c>/update_skip</c>); <c>update</c> alone lists.
/// </summary>
public sealed class UpdatesCommand : BotCommand<ListUpdates, IReadOnlyList<PendingUpdateView>>
{
    private static readonly IReadOnlyList<IBotCommand> Siblings = [new CheckUpdatesCommand(), new SkipUpdateCommand()];

    public override CommandInfo Info { get; } = new("updates", "Updates", "Lists the servers whose registry has a newer image.", "updates")
    {
        Aliases = ["update"],
        Examples = ["updates", "update check", "update check mc web", "update skip mc"],
    };

    protected override ListUpdates Sample { get; } = new();

    public static IReadOnlyList<IBotCommand> Family => Siblings;

    public override Result<ListUpdates> Parse(CommandArguments arguments) =>
        arguments?.Words.Count is 0 or null
            ? new ListUpdates()
            : Error.Invalid("Updating a server from Discord comes in a later version: `update check [servers...]` checks for newer images, `update skip <server>` skips one, `updates` lists them.");

    public override BotReply Format(IReadOnlyList<PendingUpdateView> result) => UpdateReplies.List(result);

    protected override IBotCommand? Subcommand(CommandArguments arguments) =>
        arguments?.FirstWord is { } word ? Siblings.FirstOrDefault(s => s.Info.Name == $"update_{word.ToLowerInvariant()}") : null;
}
