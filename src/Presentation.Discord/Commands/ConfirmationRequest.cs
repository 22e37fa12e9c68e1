using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>
/// What a dangerous command asks before it runs: first <paramref name="Check"/> (names, rights and the backup, through
/// the pipeline), then <paramref name="Question"/> about the servers that would really be acted on.
/// </summary>
public sealed record ConfirmationRequest(CheckTargets Check, Func<IReadOnlyList<string>, string> Question)
{
    /// <summary>
    /// Set when there is something to confirm only sometimes (a pending action would be replaced): after the check, this
    /// asks the application for the question to ask, or null to run at once without asking.
    /// </summary>
    public Func<CommandSession, CancellationToken, Task<Result<string?>>>? OnlyIf { get; init; }

    /// <summary>The question to ask, noting what would be left out; null when nothing needs confirming; or why nothing would run (then nobody is asked).</summary>
    public async Task<Result<string?>> AskableAsync(CommandSession session, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        var check = await session.Sender.SendAsync(session.Actor, Check, ct);
        if (!check.IsSuccess)
        {
            return Result<string?>.Fail(check.Errors);
        }

        if (OnlyIf is { } onlyIf)
        {
            return await onlyIf(session, ct);
        }

        var question = Question(check.Value.Runnable);
        return check.Value.Refused.Count == 0
            ? question
            : $"{question}\nLeft out: {string.Join(" ", check.Value.Refused.Select(e => e.Message))}";
    }
}
