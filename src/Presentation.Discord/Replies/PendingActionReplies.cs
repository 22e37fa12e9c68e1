using System.Globalization;
using DiscordApi.Messages;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.Announcements;
using ServerStatus.Application.Servers.Pending;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>Announced and player-aware restarts and stops: the countdown with its Cancel button, how it ended, and <c>pending</c>.</summary>
public static class PendingActionReplies
{
    public const string ButtonPrefix = "pending:cancel:";

    public static string CancelButtonId(Guid id) => ButtonPrefix + id.ToString("N", CultureInfo.InvariantCulture);

    /// <summary>The pending action a Cancel button belongs to, or null when it is not one.</summary>
    public static Guid? ReadCancelButton(string customId)
    {
        ArgumentNullException.ThrowIfNull(customId);
        return customId.StartsWith(ButtonPrefix, StringComparison.Ordinal)
            && Guid.TryParseExact(customId[ButtonPrefix.Length..], "N", out var id) ? id : null;
    }

    public static BotReply Scheduled(ScheduledPowerAction result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Pending is not { } pending)
        {
            var report = result.RanAtOnce!; // a result without a pending action ran at once
            var lines = report.Servers.Select(s => $"{(s.Outcome == Outcome.Ok ? "✅" : "❌")} **{s.Server}** — {s.Message}");
            return Embedded($"{Title(report.Action)}: nobody is online", "Nobody is online, so it ran at once.\n" + string.Join('\n', lines),
                report.Overall == Outcome.Ok ? ReplyColors.Good : ReplyColors.Bad);
        }

        var text = new List<string> { Sentence(pending) };
        text.Add(result.Announces
            ? pending.Wait == PendingWait.Countdown
                ? $"Announced in-game now and at {string.Join(", ", pending.Marks.Skip(1).Select(Durations.Format).DefaultIfEmpty("—"))} before it runs."
                : "The short countdown at the end is announced in-game."
            : "Nothing is announced in-game: the server has no `serverstatus.announce` label.");
        if (pending.Reason is { } reason)
        {
            text.Add($"Reason: {reason}");
        }

        if (result.Replaced)
        {
            text.Add("It replaces the server's previous pending action.");
        }

        text.Add($"Asked by <@{pending.RequestedBy}>; only they or an admin can cancel it (`cancel {pending.Name}`).");
        return BotReply.Of(new MessageBuilder()
            .AddEmbed(e => e.WithTitle($"⏳ {Title(pending.Action)} of {pending.Name} pending").WithDescription(string.Join('\n', text)).WithColor(ReplyColors.Pending))
            .AddActionRow(r => r.AddButton(ButtonStyle.Danger, CancelButtonId(pending.Id), "Cancel"))
            .Build());
    }

    /// <summary>The countdown's reply once it ended (its Cancel button gone).</summary>
    public static BotReply Ended(PendingActionView pending, PendingOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(outcome);
        var (icon, color) = outcome.End switch
        {
            PendingEnd.Ran => ("✅", ReplyColors.Good),
            PendingEnd.Failed => ("❌", ReplyColors.Bad),
            _ => ("✖️", ReplyColors.Neutral),
        };
        return Embedded($"{icon} {Title(pending.Action)} of {pending.Name}", $"**{outcome.Server}** — {outcome.Text}", color);
    }

    /// <summary>How an ended action reads in the notification channel or a DM.</summary>
    public static OutgoingMessage Finished(PendingOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var icon = outcome.End switch { PendingEnd.Ran => "✅", PendingEnd.Failed => "❌", _ => "✖️" };
        return new MessageBuilder().WithContent($"{icon} Pending action: **{outcome.Server}** — {outcome.Text}").Build();
    }

    public static BotReply Cancelled(CancelledAction cancelled)
    {
        ArgumentNullException.ThrowIfNull(cancelled);
        var pending = cancelled.Action;
        return Embedded($"✖️ {Title(pending.Action)} of {pending.Name} cancelled",
            $"The pending {Word(pending.Action)} of **{pending.Name}** (due {Due(pending.DueAt)}) was cancelled by <@{cancelled.CancelledBy}>.", ReplyColors.Neutral);
    }

    public static BotReply List(IReadOnlyList<PendingActionView> pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        if (pending.Count == 0)
        {
            return Embedded("Pending power actions", "Nothing is pending.", ReplyColors.Neutral);
        }

        var lines = pending.Select(p =>
            $"**{p.Server}** — {Word(p.Action)} {(p.Wait == PendingWait.WhenEmpty ? $"when empty, at the latest {Due(p.DueAt)}" : Due(p.DueAt))}, by <@{p.RequestedBy}>"
            + (p.Reason is { } reason ? $": {reason}" : ""));
        return new BotReply(LineEmbeds.Build("Pending power actions", lines, ReplyColors.Info));
    }

    /// <summary>The question asked before a new action replaces the server's pending one.</summary>
    public static string ReplaceQuestion(PendingActionView existing) =>
        $"**{existing.Name}** already has a pending {Word(existing.Action)} ({(existing.Wait == PendingWait.WhenEmpty ? "when empty, at the latest " : "")}{Due(existing.DueAt)}, asked by <@{existing.RequestedBy}>). Replace it?";

    private static string Sentence(PendingActionView pending) => pending.Wait == PendingWait.WhenEmpty
        ? $"**{pending.Name}** {Verb(pending.Action)} as soon as nobody is online; at the latest {Due(pending.DueAt)}, after a {Durations.Words(pending.Marks.Min())} countdown."
        : $"**{pending.Name}** {Verb(pending.Action)} {Due(pending.DueAt)}.";

    private static string Due(DateTimeOffset at) => string.Create(CultureInfo.InvariantCulture, $"<t:{at.ToUnixTimeSeconds()}:R>");

    private static string Verb(PowerAction action) => action == PowerAction.Stop ? "stops" : "restarts";

    private static string Word(PowerAction action) => action == PowerAction.Stop ? "stop" : "restart";

    private static string Title(PowerAction action) => action == PowerAction.Stop ? "Stop" : "Restart";

    private static string Title(string action) => char.ToUpperInvariant(action[0]) + action[1..];

    private static BotReply Embedded(string title, string description, int color) =>
        BotReply.Of(new EmbedBuilder().WithTitle(title).WithDescription(description).WithColor(color).Build());
}
