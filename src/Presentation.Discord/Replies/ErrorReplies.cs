using DiscordApi.Messages;
using ServerStatus.Application.Common.Results;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>Expected failures as short, specific answers.</summary>
public static class ErrorReplies
{
    public static BotReply From(IReadOnlyList<Error> errors)
    {
        var title = errors[0].Outcome switch
        {
            Outcome.Invalid => "That did not work",
            Outcome.NotFound => "Not found",
            Outcome.Denied => "Not allowed",
            Outcome.Conflict => "Not possible right now",
            Outcome.Unavailable => "Docker did not answer",
            Outcome.Failed => "It did not work",
            _ => "That did not work",
        };
        var text = string.Join("\n", errors.Select(e => e.Message).Distinct());
        return BotReply.Of(new EmbedBuilder().WithTitle($"❌ {title}").WithDescription(Fit(text)).WithColor(ReplyColors.Bad).Build());
    }

    /// <summary>Input the bot could not read: the problem, the command's usage (none when no command was recognised) and where help is.</summary>
    public static BotReply Usage(string problem, string? usage, string prefix) =>
        BotReply.Of(new EmbedBuilder()
            .WithTitle("❌ " + Fit(problem, DiscordLimits.EmbedTitleLength - 2))
            .WithDescription((usage is null ? "" : $"Usage: `{prefix}{usage}`\n") + $"See `{prefix}help` for every command.")
            .WithColor(ReplyColors.Bad)
            .Build());

    /// <summary>The one answer to a failure nobody expected; the reference matches the log entry.</summary>
    public static BotReply Unexpected(string reference) =>
        BotReply.Of(new EmbedBuilder()
            .WithTitle("❌ Something went wrong")
            .WithDescription($"The bot could not finish this command. Reference: `{reference}` (the admins can find it in the log).")
            .WithColor(ReplyColors.Bad)
            .Build());

    public static string Fit(string text, int limit = DiscordLimits.EmbedDescriptionLength) =>
        text.Length <= limit ? text : string.Concat(text.AsSpan(0, limit - 1), "…");
}
