using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Updates;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Updates;

/// <summary><c>update check [servers...]</c>: checks the servers (none: every one you may update) for a newer image now.</summary>
public sealed class CheckUpdatesCommand : BotCommand<CheckUpdates, UpdateCheckReport>
{
    public override CommandInfo Info { get; } = new("update_check", "Updates",
        "Checks now whether the registry has a newer image of each server's image.", "update check [servers...]")
    {
        Examples = ["update check", "update check mc web"],
        SlashOptions = [CommandOptions.Servers(required: false)],
    };

    protected override CheckUpdates Sample { get; } = new(["mc"]);

    public override Result<CheckUpdates> Parse(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return new CheckUpdates(arguments.Words);
    }

    public override BotReply Format(UpdateCheckReport result) => UpdateReplies.Report(result);
}
