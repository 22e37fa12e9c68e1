using System.Globalization;
using DiscordApi.Messages;
using ServerStatus.Application.Servers;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>Console lines, exec results and logs: a code block when it fits, a file when it does not; escapes removed.</summary>
public static class ConsoleReplies
{
    public static BotReply Sent(ConsoleReport report)
    {
        var caption = $"📨 Sent to **{report.Server}**: `{Inline(report.Text)}`";
        return report.Echo.Count == 0
            ? BotReply.Of(new OutgoingMessage { Content = ErrorReplies.Fit(caption + "\nNo console output followed.", DiscordLimits.ContentLength) })
            : Output(string.Join('\n', report.Echo), $"{report.Server}-console.txt", caption);
    }

    public static BotReply Exec(ExecReport report)
    {
        var command = Inline(ShellWords.Join(report.Command));
        var caption = report.Outcome switch
        {
            { TimedOut: true, Killed: true } => $"⏱️ `{command}` on **{report.Server}** did not finish within {Seconds(report.Timeout)} and was killed.",
            { TimedOut: true } => $"⏱️ `{command}` on **{report.Server}** did not finish within {Seconds(report.Timeout)}; the bot stopped waiting (the image has no shell to kill it with).",
            { ExitCode: 0 } => $"✅ `{command}` on **{report.Server}** exited with code 0.",
            var outcome => $"❌ `{command}` on **{report.Server}** exited with code {outcome.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "unknown"}.",
        };
        return Output(report.Outcome.Output, $"{report.Server}-exec.txt", caption);
    }

    public static BotReply Logs(LogsReport report) =>
        Output(string.Join('\n', report.Lines), $"{report.Server}-logs.txt",
            $"📜 Last {report.Lines.Count.ToString(CultureInfo.InvariantCulture)} log lines of **{report.Server}**");

    private static BotReply Output(string output, string fileName, string caption)
    {
        var clean = AnsiText.Strip(output).TrimEnd('\n', '\r');
        return BotReply.Of(clean.Length == 0
            ? new OutgoingMessage { Content = ErrorReplies.Fit(caption + "\n(no output)", DiscordLimits.ContentLength) }
            : MessageSplitter.CodeBlockOrFile(clean, fileName, caption: ErrorReplies.Fit(caption, 300)));
    }

    // User text inside inline code: a backtick would end it early.
    private static string Inline(string text) => ErrorReplies.Fit(text.Replace('`', 'ʼ'), 200);

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0", CultureInfo.InvariantCulture) + " s";
}
