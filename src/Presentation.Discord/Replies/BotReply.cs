using DiscordApi.Messages;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>What the bot answers: one or more messages (the first is the reply itself), each within Discord's limits.</summary>
public sealed record BotReply(IReadOnlyList<OutgoingMessage> Messages)
{
    public static BotReply Of(OutgoingMessage message) => new([message]);

    public static BotReply Of(Embed embed) => Of(new OutgoingMessage { Embeds = [embed] });
}
