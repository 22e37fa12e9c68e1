using System.Globalization;
using ServerStatus.Application.Audit;
using ServerStatus.Domain.Audit;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>Audit rows as readable lines, newest first; split over embeds and messages as needed.</summary>
public static class AuditReplies
{
    public static BotReply List(AuditView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var title = view.Server is null ? "Audit log" : $"Audit log — {Code(view.Server)}";
        var footer = view.Lines.Count == 0 ? null : $"{Counted.Of(view.Lines.Count, "entry", "entries")}, newest first";
        return new BotReply(LineEmbeds.Build(title, view.Lines.Select(Line), ReplyColors.Info, footer));
    }

    /// <summary><c>&lt;t:…:R&gt; · &lt;@id&gt; · `restart mc` · mc · ✅ ok · 120 ms · ref `ab12cd34`</c></summary>
    public static string Line(AuditLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var parts = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"<t:{line.At.ToUnixTimeSeconds()}:R>"),
            line.IsSystem ? "system" : string.Create(CultureInfo.InvariantCulture, $"<@{line.ActorId}>"),
            Code(line.Arguments.Length == 0 ? line.Command : $"{line.Command} {line.Arguments}"),
        };
        if (line.Servers.Length > 0)
        {
            parts.Add(Code(line.Servers));
        }

        parts.Add($"{Emoji(line.Outcome)} {line.Outcome.ToString().ToLowerInvariant()}");
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"{(int)line.Duration.TotalMilliseconds} ms"));
        if (line.ErrorId is { } errorId)
        {
            parts.Add($"ref {Code(errorId)}");
        }

        return string.Join(" · ", parts);
    }

    public static string Emoji(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Ok => "✅",
        AuditOutcome.Denied => "🚫",
        AuditOutcome.Invalid => "⚠️",
        _ => "❌",
    };

    /// <summary>Recorded text as inline code: backticks cannot end it early, so nothing in it is formatted.</summary>
    private static string Code(string text) => $"`{ErrorReplies.Fit(text.Replace('`', '\''), 200)}`";
}
