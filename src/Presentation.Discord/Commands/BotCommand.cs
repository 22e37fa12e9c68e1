using Mediator;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Results;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>
/// A command that sends one application message: it says how to read its input (<see cref="Parse"/>) and how to show
/// its success (<see cref="Format"/>). Failures are not its business: the executor turns them into replies in one place.
/// <typeparamref name="TSuccess"/> is the value of the <see cref="Result{T}"/> the message answers with.
/// </summary>
public abstract class BotCommand<TMessage, TSuccess> : IBotCommand
    where TMessage : class, IMessage
{
    public abstract CommandInfo Info { get; }

    public CommandRequirement Requirement => CommandRequirement.Of(Sample);

    /// <summary>
    /// A message of the kind this command sends. Help and autocomplete read from it who may use the command, so the
    /// permission is declared once, on the message.
    /// </summary>
    protected abstract TMessage Sample { get; }

    /// <summary>The application message for these arguments, or an <see cref="Outcome.Invalid"/> error saying what is wrong.</summary>
    public abstract Result<TMessage> Parse(CommandArguments arguments);

    /// <summary>The reply to a success.</summary>
    public abstract BotReply Format(TSuccess result);

    /// <summary>What the requester must confirm before the message is sent (checked first); null to send it at once.</summary>
    public virtual ConfirmationRequest? Confirmation(TMessage message, CommandArguments arguments) => null;

    /// <summary>
    /// After the success was delivered: a better reply to edit it into (a card whose CPU was still being measured), or
    /// null when the reply is final.
    /// </summary>
    public virtual Task<BotReply?> FollowUpAsync(TMessage message, TSuccess result, CommandSession session, CancellationToken ct) =>
        Task.FromResult<BotReply?>(null);

    /// <summary>How the progress of a long job reads (with the time since it began); null for a command that reports none.</summary>
    public virtual Func<JobProgress, TimeSpan, string>? ProgressLine(TMessage message) => null;

    public PreparedCommand Prepare(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (Subcommand(arguments) is { } subcommand)
        {
            return subcommand.Prepare(arguments.AfterFirstWord());
        }

        if (Instead(arguments) is { } other)
        {
            return other.Prepare(arguments);
        }

        if (Info.Arguments == ArgumentStyle.Words && arguments.Flags.FirstOrDefault(f => !Info.Flags.Contains(f, StringComparer.OrdinalIgnoreCase)) is { } unknown)
        {
            return PreparedCommand.Refused(Info, $"Unknown option `--{unknown}`.");
        }

        var parsed = Parse(arguments);
        return parsed.IsSuccess
            ? PreparedCommand.Ready(Info, new Run(this, parsed.Value, Confirmation(parsed.Value, arguments)))
            : PreparedCommand.Refused(Info, parsed.Errors[0].Message);
    }

    /// <summary>The sibling command a first word selects in chat (<c>backup delete …</c>, <c>schedule list</c>); null for this one.</summary>
    protected virtual IBotCommand? Subcommand(CommandArguments arguments) => null;

    /// <summary>The command that reads these same arguments instead of this one (<c>schedule remove mc chain</c>, options that make <c>restart</c> a countdown); null for this one.</summary>
    protected virtual IBotCommand? Instead(CommandArguments arguments) => null;

    private sealed class Run(BotCommand<TMessage, TSuccess> command, TMessage message, ConfirmationRequest? confirmation) : ICommandRun
    {
        private Result<TSuccess>? _result;

        public object Message => message;

        public ConfirmationRequest? Confirmation => confirmation;

        public async Task<Result<BotReply>> RunAsync(CommandSession session, CancellationToken ct)
        {
            var line = command.ProgressLine(message);
            var progress = line is null ? null : session.Progress.Reporter(line);
            var result = _result = await session.Sender.SendAsync<Result<TSuccess>>(session.Actor, message, progress, ct);
            return result.IsSuccess ? command.Format(result.Value) : Result<BotReply>.Fail(result.Errors);
        }

        public Task<BotReply?> FollowUpAsync(CommandSession session, CancellationToken ct) =>
            _result is { IsSuccess: true } result ? command.FollowUpAsync(message, result.Value, session, ct) : Task.FromResult<BotReply?>(null);
    }
}
