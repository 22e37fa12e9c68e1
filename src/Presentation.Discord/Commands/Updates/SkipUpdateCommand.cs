using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Updates;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Updates;

/// <summary><c>update skip &lt;server&gt;</c> (the "Skip this version" button): the version pending now is not announced again.</summary>
public sealed class SkipUpdateCommand : BotCommand<SkipUpdate, PendingUpdateView>
{
    public override CommandInfo Info { get; } = new("update_skip", "Updates",
        "Skips the newer image pending for a server: it is not announced again, a later one is.", "update skip <server>")
    {
        Examples = ["update skip mc"],
        SlashOptions = [CommandOptions.Server()],
    };

    protected override SkipUpdate Sample { get; } = new("mc");

    public override Result<SkipUpdate> Parse(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.Words is [var server] ? new SkipUpdate(server) : Error.Invalid("Name one server: `update skip mc`.");
    }

    public override BotReply Format(PendingUpdateView result) => UpdateReplies.Skipped(result);
}
