using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Security;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>
/// Runs a parsed command for an actor and delivers the answer, asking for confirmation first when
/// the command needs it. The one place where an unexpected failure becomes "Something went wrong (ref …)".
/// </summary>
public sealed partial class CommandExecutor(
    ActorScopedSender sender, CommandCatalog catalog, ConfirmationRegistry confirmations, TimeProvider time, ILogger<CommandExecutor> logger)
{
    public async Task ExecuteAsync(BotCommand command, CommandRun run, Actor actor, string prefix, IReplyTarget target, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(target);
        var progress = new CommandProgress(time);
        var context = new CommandContext(actor, sender, prefix, catalog, progress);
        if (run.ConfirmationPrompt is { } question)
        {
            await confirmations.AskAsync(actor.UserId, question, token => RunSafelyAsync(command.Definition.Name, run, context, token), progress, target, ct);
            return;
        }

        await target.DeliverAsync(RunSafelyAsync(command.Definition.Name, run, context, ct), progress, ct);
    }

    public async Task<BotReply> RunSafelyAsync(string commandName, CommandRun run, CommandContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return await run.Execute(context, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The audit behavior already logged and audited an unexpected failure under its id: show that one.
            var reference = ex is UnexpectedFailureException audited ? audited.ErrorId : NewReference();
            LogCommandFailed(ex, commandName, context.Actor, reference);
            return ErrorReplies.Unexpected(reference);
        }
    }

    public static string NewReference() => ErrorIds.New();

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Command {Command} by {Actor} failed (ref {Reference})")]
    private partial void LogCommandFailed(Exception exception, string command, Actor actor, string reference);
}
