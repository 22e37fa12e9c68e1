using Microsoft.Extensions.Options;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Security;
using ServerStatus.Presentation.Discord.Hosting;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>
/// Runs one command for an actor and delivers the answer: reads its arguments, asks for confirmation when it needs
/// one, sends its message and formats the success. The one place where every failure becomes a reply: unreadable
/// input (with the usage), expected failures (not found, denied, invalid, engine down, conflict) and the unexpected
/// ("Something went wrong (ref …)", with the reference of the log entry).
/// </summary>
public sealed partial class CommandExecutor(
    ActorScopedSender sender,
    CommandCatalog catalog,
    IConfirmations confirmations,
    IOptions<BotOptions> options,
    TimeProvider time,
    ILogger<CommandExecutor> logger)
{
    /// <param name="prefix">How the user typed the command: the chat prefix, or <c>/</c> for slash commands (shown in usage lines).</param>
    public async Task ExecuteAsync(IBotCommand command, CommandArguments arguments, Actor actor, string prefix, IReplyTarget target, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(target);
        var prepared = command.Prepare(arguments);
        if (prepared.Run is not { } run)
        {
            await RefuseAsync(prepared.Problem ?? "", prepared.Info.Usage, prefix, target, ct);
            return;
        }

        var session = new CommandSession(actor, sender, new CommandProgress(time), options.Value.Prefix, catalog, time);
        if (run.Confirmation is { } confirmation)
        {
            // Names, rights and the backup are checked before anyone is asked: a refusal is the answer, not a prompt.
            var (question, refusal) = await CheckFirstAsync(command, confirmation, session, ct);
            if (refusal is not null)
            {
                await target.DeliverAsync(Task.FromResult(refusal), null, ct);
                return;
            }

            if (question is not null)
            {
                await confirmations.AskAsync(actor.UserId, question, token => RunSafelyAsync(command, run, session, token), session.Progress, target, ct);
                return;
            }
        }

        await target.DeliverAsync(RunSafelyAsync(command, run, session, ct), session.Progress, ct);
        await FollowUpAsync(command, run, session, target, ct);
    }

    /// <summary>Answers input the bot could not read: what is wrong, and how the command is used.</summary>
    public Task RefuseAsync(string problem, string? usage, string prefix, IReplyTarget target, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.RefuseAsync(ErrorReplies.Usage(problem, usage, prefix), ct);
    }

    public static string NewReference() => ErrorIds.New();

    private async Task<BotReply> RunSafelyAsync(IBotCommand command, ICommandRun run, CommandSession session, CancellationToken ct)
    {
        try
        {
            var reply = await run.RunAsync(session, ct);
            return reply.IsSuccess ? reply.Value : ErrorReplies.From(reply.Errors);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return Unexpected(ex, command, session.Actor);
        }
    }

    private async Task<(string? Question, BotReply? Refusal)> CheckFirstAsync(IBotCommand command, ConfirmationRequest confirmation, CommandSession session, CancellationToken ct)
    {
        try
        {
            var question = await confirmation.AskableAsync(session, ct);
            return question.IsSuccess ? (question.Value, null) : (null, ErrorReplies.From(question.Errors));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return (null, Unexpected(ex, command, session.Actor));
        }
    }

    private BotReply Unexpected(Exception exception, IBotCommand command, Actor actor)
    {
        // The audit behavior already logged and audited an unexpected failure under its id: show that one.
        var reference = exception is UnexpectedFailureException audited ? audited.ErrorId : NewReference();
        LogCommandFailed(exception, command.Info.Name, actor, reference);
        return ErrorReplies.Unexpected(reference);
    }

    // A better version of an answer already delivered (a card whose CPU was still being measured) replaces it; a
    // failure here is logged and leaves the delivered answer as it is.
    private async Task FollowUpAsync(IBotCommand command, ICommandRun run, CommandSession session, IReplyTarget target, CancellationToken ct)
    {
        try
        {
            if (await run.FollowUpAsync(session, ct) is { } better)
            {
                await target.EditAsync(better, ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogFollowUpFailed(ex, command.Info.Name, session.Actor);
        }
    }

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Could not edit the answer to {Command} by {Actor} into its follow-up")]
    private partial void LogFollowUpFailed(Exception exception, string command, Actor actor);

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Command {Command} by {Actor} failed (ref {Reference})")]
    private partial void LogCommandFailed(Exception exception, string command, Actor actor, string reference);
}
