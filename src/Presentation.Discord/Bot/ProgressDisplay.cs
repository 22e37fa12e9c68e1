using DiscordApi.Messages;
using Microsoft.Extensions.Options;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Hosting;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>
/// Shows a running command's progress line while its reply is not ready: every <see cref="BotOptions.ProgressEditSeconds"/>,
/// only when the line changed. A failed progress edit is logged and skipped; it never reaches the final reply.
/// </summary>
public sealed partial class ProgressDisplay(IOptions<BotOptions> options, TimeProvider time, ILogger<ProgressDisplay> logger)
{
    /// <summary>
    /// Calls <paramref name="show"/> with each new line until <paramref name="done"/> completes (the reply is ready);
    /// an edit still under way then is cancelled, so it cannot hold up or overwrite the reply. Never throws (unless
    /// <paramref name="done"/> is a faulted task); true when it tried to show anything.
    /// </summary>
    public async Task<bool> ShowUntilAsync(Task done, CommandProgress progress, Func<string, CancellationToken, Task> show, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(done);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(show);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var showing = ShowAsync(progress, show, stop.Token);
        try
        {
            await Task.WhenAny(done);
        }
        finally
        {
            await stop.CancelAsync();
        }

        return await showing;
    }

    private async Task<bool> ShowAsync(CommandProgress progress, Func<string, CancellationToken, Task> show, CancellationToken stop)
    {
        var interval = TimeSpan.FromSeconds(options.Value.ProgressEditSeconds);
        string? shown = null;
        while (true)
        {
            try
            {
                await Task.Delay(interval, time, stop);
            }
            catch (OperationCanceledException)
            {
                return shown is not null;
            }

            var line = progress.Line();
            if (line is null || line == shown)
            {
                continue;
            }

            try
            {
                shown = line;
                await show(line, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return true;
            }
            catch (Exception ex)
            {
                // Discord refused or rate-limited the edit, or the network failed: a later tick tries again.
                LogProgressEditFailed(ex);
            }
        }
    }

    /// <summary>The progress message: the line as plain text within Discord's limit (mentions disabled as always).</summary>
    public static OutgoingMessage Message(string line) => OutgoingMessage.Text(ErrorReplies.Fit(line, DiscordLimits.ContentLength));

    /// <summary>The final reply as an edit of the progress message: no content replaces the progress line too.</summary>
    public static OutgoingMessage Replacing(OutgoingMessage reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply with { Content = reply.Content ?? "", Reference = null };
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Could not show a command's progress; the final reply is not affected")]
    private partial void LogProgressEditFailed(Exception exception);
}
