using System.Text.Json;

namespace DiscordApi.Gateway;

// Wire shapes of the dispatches we read (guide section 3). Only the fields we use; unknown fields are ignored.
// Internal: nothing outside the gateway client sees JSON.
internal sealed record UserPayload
{
    public required ulong Id { get; init; }

    public string? Username { get; init; }

    public bool? Bot { get; init; }
}

internal sealed record ApplicationPayload
{
    public required ulong Id { get; init; }
}

internal sealed record ReadyPayload
{
    public required string SessionId { get; init; }

    public required string ResumeGatewayUrl { get; init; }

    public required UserPayload User { get; init; }

    public required ApplicationPayload Application { get; init; }
}

internal sealed record GuildCreatePayload
{
    public required ulong Id { get; init; }

    public string? Name { get; init; }

    public bool? Unavailable { get; init; }
}

internal sealed record MemberPayload
{
    public UserPayload? User { get; init; }

    public List<ulong>? Roles { get; init; }
}

internal sealed record MessagePayload
{
    public required ulong Id { get; init; }

    public required ulong ChannelId { get; init; }

    public ulong? GuildId { get; init; }

    public required UserPayload Author { get; init; }

    public MemberPayload? Member { get; init; }

    public string? Content { get; init; }

    public List<UserPayload>? Mentions { get; init; }

    public List<ulong>? MentionRoles { get; init; }
}

internal sealed record EmojiPayload
{
    public ulong? Id { get; init; }

    public string? Name { get; init; }
}

internal sealed record ReactionPayload
{
    public required ulong UserId { get; init; }

    public required ulong ChannelId { get; init; }

    public required ulong MessageId { get; init; }

    public ulong? GuildId { get; init; }

    public required EmojiPayload Emoji { get; init; }
}

internal sealed record MessageReferencePayload
{
    public required ulong Id { get; init; }
}

internal sealed record OptionPayload
{
    public required string Name { get; init; }

    public int Type { get; init; }

    public JsonElement? Value { get; init; }

    public List<OptionPayload>? Options { get; init; }

    public bool? Focused { get; init; }
}

internal sealed record ResolvedPayload
{
    public Dictionary<string, JsonElement>? Users { get; init; }

    public Dictionary<string, JsonElement>? Roles { get; init; }
}

internal sealed record InteractionDataPayload
{
    public string? Name { get; init; }

    public List<OptionPayload>? Options { get; init; }

    public string? CustomId { get; init; }

    public int? ComponentType { get; init; }

    public List<string>? Values { get; init; }

    public ResolvedPayload? Resolved { get; init; }
}

internal sealed record InteractionPayload
{
    public required ulong Id { get; init; }

    public required ulong ApplicationId { get; init; }

    public required int Type { get; init; }

    public required string Token { get; init; }

    public ulong? GuildId { get; init; }

    public ulong? ChannelId { get; init; }

    public MemberPayload? Member { get; init; }

    public UserPayload? User { get; init; }

    public InteractionDataPayload? Data { get; init; }

    public MessageReferencePayload? Message { get; init; }

    public string? Locale { get; init; }

    public string? GuildLocale { get; init; }
}
