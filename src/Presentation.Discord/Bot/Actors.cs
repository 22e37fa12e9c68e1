using DiscordApi.Events;
using ServerStatus.Application.Common.Security;

namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>The application's actor for a Discord event: roles only where the user wrote in a guild.</summary>
public static class Actors
{
    public static Actor From(MessageCreated message) =>
        message.GuildId is { } guild
            ? Actor.InGuild(message.AuthorId, message.MemberRoleIds, guild, message.ChannelId)
            : Actor.InDirectMessage(message.AuthorId, message.ChannelId);

    public static Actor From(InteractionCreated interaction) =>
        interaction.GuildId is { } guild
            ? Actor.InGuild(interaction.InvokerUserId, interaction.MemberRoleIds, guild, interaction.ChannelId ?? 0)
            : Actor.InDirectMessage(interaction.InvokerUserId, interaction.ChannelId ?? 0);
}
