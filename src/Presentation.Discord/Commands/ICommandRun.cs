using ServerStatus.Application.Common.Results;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>One parsed command, ready to run: its application message, and the question to confirm first, if any.</summary>
public interface ICommandRun
{
    /// <summary>The application message it sends (null for help, which answers from the catalog).</summary>
    object? Message { get; }

    /// <summary>Set when the requester must confirm before it runs (dangerous commands without <c>--yes</c>).</summary>
    ConfirmationRequest? Confirmation { get; }

    /// <summary>Sends the message for the session's actor and formats its success; expected failures come back as errors.</summary>
    Task<Result<BotReply>> RunAsync(CommandSession session, CancellationToken ct);

    /// <summary>After a successful run: a better answer to edit the delivered one into, or null when it is final.</summary>
    Task<BotReply?> FollowUpAsync(CommandSession session, CancellationToken ct);
}
