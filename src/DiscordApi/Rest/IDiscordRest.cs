using DiscordApi.Commands;
using DiscordApi.Guilds;
using DiscordApi.Messages;

namespace DiscordApi.Rest;

/// <summary>
/// The Discord REST calls the bot makes. Rate limits, retries and error mapping are handled inside; failures surface
/// as <see cref="DiscordApiException"/> (or <see cref="DiscordLimitException"/> before sending).
/// Snowflakes are <see cref="ulong"/>; no JSON is visible here.
/// </summary>
public interface IDiscordRest
{
    Task<DiscordMessage> CreateMessageAsync(ulong channelId, OutgoingMessage message, CancellationToken ct);

    /// <summary>Replaces the message's state (see <see cref="OutgoingMessage"/> for the edit semantics).</summary>
    Task<DiscordMessage> EditMessageAsync(ulong channelId, ulong messageId, OutgoingMessage message, CancellationToken ct);

    Task DeleteMessageAsync(ulong channelId, ulong messageId, CancellationToken ct);

    /// <summary>Adds our reaction: a Unicode emoji (<c>👍</c>, <c>#️⃣</c>) or a custom one (<c>name:id</c> or <c>&lt;:name:id&gt;</c>).</summary>
    Task AddReactionAsync(ulong channelId, ulong messageId, string emoji, CancellationToken ct);

    Task RemoveOwnReactionAsync(ulong channelId, ulong messageId, string emoji, CancellationToken ct);

    /// <summary>The DM channel with a user (cached per user after the first call).</summary>
    Task<ulong> GetDmChannelAsync(ulong userId, CancellationToken ct);

    /// <summary>Opens (or reuses) the DM channel and sends the message; <see cref="DiscordErrorKind.CannotMessageUser"/> when DMs are closed.</summary>
    Task<DiscordMessage> SendDirectMessageAsync(ulong userId, OutgoingMessage message, CancellationToken ct);

    Task TriggerTypingAsync(ulong channelId, CancellationToken ct);

    Task<DiscordUser> GetCurrentUserAsync(CancellationToken ct);

    Task<DiscordApplication> GetCurrentApplicationAsync(CancellationToken ct);

    Task<DiscordGuildMember> GetGuildMemberAsync(ulong guildId, ulong userId, CancellationToken ct);

    /// <summary>A guild the bot is in, with its roles; <see cref="DiscordErrorKind.MissingAccess"/> or <see cref="DiscordErrorKind.NotFound"/> otherwise.</summary>
    Task<DiscordGuild> GetGuildAsync(ulong guildId, CancellationToken ct);

    /// <summary>A channel with its permission overwrites; <see cref="DiscordErrorKind.MissingAccess"/> when the bot cannot see it.</summary>
    Task<DiscordChannel> GetChannelAsync(ulong channelId, CancellationToken ct);

    /// <summary>Registered commands: global when <paramref name="guildId"/> is null, else of that guild.</summary>
    Task<IReadOnlyList<RegisteredCommand>> GetCommandsAsync(ulong applicationId, ulong? guildId, CancellationToken ct);

    /// <summary>Replaces all commands (global or of one guild) with <paramref name="commands"/>.</summary>
    Task<IReadOnlyList<RegisteredCommand>> OverwriteCommandsAsync(
        ulong applicationId, ulong? guildId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken ct);

    /// <summary>Overwrites only when the registered set differs from <paramref name="commands"/>; true when it overwrote.</summary>
    Task<bool> SyncCommandsAsync(
        ulong applicationId, ulong? guildId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken ct);

    /// <summary>The single initial response; a second one for the same interaction is refused locally (<see cref="DiscordErrorKind.AlreadyAcknowledged"/>).</summary>
    Task RespondToInteractionAsync(ulong interactionId, string interactionToken, InteractionResponse response, CancellationToken ct);

    Task<DiscordMessage> CreateFollowupAsync(ulong applicationId, string interactionToken, OutgoingMessage message, CancellationToken ct);

    Task<DiscordMessage> EditOriginalResponseAsync(ulong applicationId, string interactionToken, OutgoingMessage message, CancellationToken ct);

    Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken ct);

    Task<DiscordMessage> EditFollowupAsync(ulong applicationId, string interactionToken, ulong messageId, OutgoingMessage message, CancellationToken ct);

    Task DeleteFollowupAsync(ulong applicationId, string interactionToken, ulong messageId, CancellationToken ct);
}
