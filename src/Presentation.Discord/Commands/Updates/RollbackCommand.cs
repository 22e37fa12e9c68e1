using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Updates.UpdateServer;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Updates;

/// <summary><c>rollback &lt;server&gt; [--yes]</c>: puts the image and data from before the last update back, after confirmation.</summary>
public sealed class RollbackCommand : BotCommand<RollbackServer, UpdateOutcome>
{
    public override CommandInfo Info { get; } = new("rollback", "Updates",
        "Puts the image and data from before the last update back. Asks to confirm.", "rollback <server> [--yes]")
    {
        Examples = ["rollback mc"],
        Flags = [CommandOptions.YesFlag],
        SlashOptions = [CommandOptions.Server(), CommandOptions.Yes()],
    };

    protected override RollbackServer Sample { get; } = new("mc");

    public override Result<RollbackServer> Parse(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.Words is [var server] ? new RollbackServer(server) : Error.Invalid("Name one server: `rollback mc`.");
    }

    public override BotReply Format(UpdateOutcome result) => UpdateReplies.Outcome("Rollback", result);

    public override ConfirmationRequest? Confirmation(RollbackServer message, CommandArguments arguments) =>
        UpdateServerCommand.Confirm(message.Server, message.AuditCommand, message.Required, arguments,
            $"Roll **{message.Server}** back to the image and data from before its last update? Changes to its data since that update are lost (they are backed up first).");

    public override Func<JobProgress, TimeSpan, string> ProgressLine(RollbackServer message) =>
        (progress, elapsed) => UpdateReplies.Updating("Rolling back", message.Server, progress, elapsed);
}
