using System.Globalization;
using System.Text.Json;
using DiscordApi.Events;
using DiscordApi.Json;

namespace DiscordApi.Gateway;

/// <summary>Turns dispatch payloads (op 0 <c>d</c>) into typed events. Unknown event names give null.</summary>
internal static class GatewayEventParser
{
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new SnowflakeJsonConverter() },
    };

    /// <summary>Parses one dispatch; throws <see cref="JsonException"/> when a known event is malformed.</summary>
    public static GatewayEvent? Parse(string eventName, JsonElement data) => eventName switch
    {
        "GUILD_CREATE" => ParseGuild(Deserialize<GuildCreatePayload>(data)),
        "MESSAGE_CREATE" => ParseMessage(Deserialize<MessagePayload>(data)),
        "MESSAGE_REACTION_ADD" => ParseReaction(Deserialize<ReactionPayload>(data)),
        "INTERACTION_CREATE" => ParseInteraction(Deserialize<InteractionPayload>(data)),
        _ => null,
    };

    public static GatewayEvent? Parse(string eventName, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Parse(eventName, document.RootElement);
    }

    public static (Ready Ready, Uri ResumeUrl) ParseReady(JsonElement data)
    {
        var ready = Deserialize<ReadyPayload>(data);
        if (!Uri.TryCreate(ready.ResumeGatewayUrl, UriKind.Absolute, out var resumeUrl))
        {
            throw new JsonException("READY has an invalid resume_gateway_url.");
        }

        return (new Ready(ready.User.Id, ready.Application.Id, ready.SessionId), resumeUrl);
    }

    private static T Deserialize<T>(JsonElement data)
        where T : class =>
        data.Deserialize<T>(JsonOptions) ?? throw new JsonException($"Dispatch data is null, expected {typeof(T).Name}.");

    private static GatewayEvent ParseGuild(GuildCreatePayload guild) => guild.Unavailable == true
        ? new GuildUnavailable(guild.Id, guild.Name)
        : new GuildAvailable(guild.Id, guild.Name ?? "");

    private static MessageCreated ParseMessage(MessagePayload message) => new(
        message.Id,
        message.ChannelId,
        message.GuildId,
        message.Author.Id,
        message.Author.Username ?? "",
        message.Author.Bot ?? false,
        message.Member?.Roles ?? [],
        message.Content ?? "",
        message.Mentions?.Select(user => user.Id).ToList() ?? [],
        message.MentionRoles ?? [])
    {
        MemberIncluded = message.GuildId is null || message.Member is not null,
    };

    private static ReactionAdded ParseReaction(ReactionPayload reaction) => new(
        reaction.UserId,
        reaction.ChannelId,
        reaction.MessageId,
        reaction.GuildId,
        reaction.Emoji.Name,
        reaction.Emoji.Id);

    private static InteractionCreated ParseInteraction(InteractionPayload interaction)
    {
        var invoker = interaction.Member?.User ?? interaction.User
            ?? throw new JsonException("INTERACTION_CREATE has neither member.user nor user.");
        return new InteractionCreated(
            interaction.Id,
            interaction.ApplicationId,
            (InteractionType)interaction.Type,
            interaction.Token,
            interaction.GuildId,
            interaction.ChannelId,
            invoker.Id,
            interaction.Member?.Roles ?? [],
            ParseData(interaction.Data),
            interaction.Message?.Id)
        {
            Locale = interaction.Locale,
            GuildLocale = interaction.GuildLocale,
        };
    }

    private static InteractionData ParseData(InteractionDataPayload? data) => data is null
        ? InteractionData.Empty
        : new InteractionData(
            data.Name,
            ParseOptions(data.Options),
            data.CustomId,
            data.ComponentType,
            data.Values ?? [],
            ParseIds(data.Resolved?.Users),
            ParseIds(data.Resolved?.Roles));

    private static List<InteractionOption> ParseOptions(List<OptionPayload>? options) =>
        options?.Select(ParseOption).ToList() ?? [];

    private static InteractionOption ParseOption(OptionPayload option)
    {
        string? text = null;
        long? integer = null;
        double? number = null;
        bool? boolean = null;
        if (option.Value is { } value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    text = value.GetString();
                    break;
                case JsonValueKind.Number when option.Type != NumberOptionType && value.TryGetInt64(out var whole):
                    integer = whole;
                    break;
                case JsonValueKind.Number:
                    number = value.GetDouble();
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    boolean = value.GetBoolean();
                    break;
                default:
                    break;
            }
        }

        return new InteractionOption(option.Name, option.Type, text, integer, number, boolean, ParseOptions(option.Options), option.Focused ?? false);
    }

    private static List<ulong> ParseIds(Dictionary<string, JsonElement>? keyedById) =>
        keyedById?.Keys.Select(id => ulong.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture)).ToList() ?? [];

    private const int NumberOptionType = 10;
}
