using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Updates.UpdateServer;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Updates;

/// <summary>
/// <c>update &lt;server&gt; [--yes]</c> (<c>/update</c>, the Update button): updates a server to the newest image of its
/// reference behind the safety net, after confirmation, showing progress. In chat <c>update</c> alone lists the pending
/// updates, and <c>update check …</c> / <c>update skip …</c> are its siblings.
/// </summary>
public sealed class UpdateServerCommand : BotCommand<UpdateServer, UpdateOutcome>
{
    public override CommandInfo Info { get; } = new("update", "Updates",
        "Updates a server to its newest image, rolling back image and data if it fails. Asks to confirm.", "update <server> [--yes]")
    {
        Examples = ["update mc", "update mc --yes"],
        Flags = [CommandOptions.YesFlag],
        SlashOptions = [CommandOptions.Server(), CommandOptions.Yes()],
    };

    protected override UpdateServer Sample { get; } = new("mc");

    public override Result<UpdateServer> Parse(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.Words is [var server] ? new UpdateServer(server) : Error.Invalid("Name one server: `update mc`.");
    }

    public override BotReply Format(UpdateOutcome result) => UpdateReplies.Outcome("Update", result);

    public override ConfirmationRequest? Confirmation(UpdateServer message, CommandArguments arguments) =>
        Confirm(message.Server, message.AuditCommand, message.Required, arguments,
            $"Update **{message.Server}** to the newest image? It is stopped, backed up and recreated; if the new version fails its probation, the old container and its data are put back.");

    public override Func<JobProgress, TimeSpan, string> ProgressLine(UpdateServer message) =>
        (progress, elapsed) => UpdateReplies.Updating("Updating", message.Server, progress, elapsed);

    /// <summary>The confirmation of a command that recreates a server (<c>update</c>, <c>rollback</c>); none with <c>--yes</c>.</summary>
    internal static ConfirmationRequest? Confirm(string server, string command, Domain.Permissions.Permission required, CommandArguments arguments, string question) =>
        arguments.Has(CommandOptions.YesFlag) ? null : new(new CheckTargets(command, required, [server]), _ => question);

    protected override IBotCommand? Subcommand(CommandArguments arguments) => UpdatesCommand.SiblingFor(arguments);

    protected override IBotCommand? Instead(CommandArguments arguments) => arguments?.Words.Count is 0 or null ? new UpdatesCommand() : null;
}
