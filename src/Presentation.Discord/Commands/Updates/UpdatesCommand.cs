using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Updates;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Updates;

/// <summary>
/// <c>updates</c> (<c>status</c>): the pending updates of the servers one may see. In chat <c>update check …</c> and
/// <c>update skip …</c> are the sibling commands (<c>/update_check</c>, <c>/update_skip</c>), read by <see cref="UpdateServerCommand"/>.
/// </summary>
public sealed class UpdatesCommand : BotCommand<ListUpdates, IReadOnlyList<PendingUpdateView>>
{
    private static readonly IReadOnlyList<IBotCommand> Siblings = [new CheckUpdatesCommand(), new SkipUpdateCommand()];

    public override CommandInfo Info { get; } = new("updates", "Updates", "Lists the servers whose registry has a newer image.", "updates")
    {
        Examples = ["updates", "update check", "update check mc web", "update skip mc"],
    };

    protected override ListUpdates Sample { get; } = new();

    public static IReadOnlyList<IBotCommand> Family => Siblings;

    public override Result<ListUpdates> Parse(CommandArguments arguments) =>
        arguments?.Words.Count is 0 or null
            ? new ListUpdates()
            : Error.Invalid("`updates` lists the pending updates; `update <server>` updates one, `update check [servers...]` checks for newer images, `update skip <server>` skips one.");

    public override BotReply Format(IReadOnlyList<PendingUpdateView> result) => UpdateReplies.List(result);

    protected override IBotCommand? Subcommand(CommandArguments arguments) => SiblingFor(arguments);

    /// <summary>The sibling (<c>check</c>, <c>skip</c>) the first word names, or null.</summary>
    internal static IBotCommand? SiblingFor(CommandArguments? arguments) =>
        arguments?.FirstWord is { } word ? Siblings.FirstOrDefault(s => s.Info.Name == $"update_{word.ToLowerInvariant()}") : null;
}
