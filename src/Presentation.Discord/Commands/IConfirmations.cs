using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>Confirm/Cancel questions before dangerous commands run (the buttons live at the Discord edge).</summary>
public interface IConfirmations
{
    /// <summary>
    /// Posts <paramref name="question"/> to <paramref name="target"/> with buttons only the requester may press; Confirm
    /// runs <paramref name="run"/> (showing <paramref name="progress"/> while it works), Cancel or expiry does nothing.
    /// </summary>
    Task AskAsync(ulong requesterId, string question, Func<CancellationToken, Task<BotReply>> run, CommandProgress progress, IReplyTarget target, CancellationToken ct);
}
