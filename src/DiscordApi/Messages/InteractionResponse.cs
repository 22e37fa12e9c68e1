using DiscordApi.Commands;

namespace DiscordApi.Messages;

/// <summary>The one initial response to an interaction; create it with the factory methods.</summary>
public sealed record InteractionResponse
{
    private InteractionResponse(InteractionResponseType type)
    {
        Type = type;
    }

    public InteractionResponseType Type { get; }

    /// <summary>The message for types 4 and 7.</summary>
    public OutgoingMessage? Message { get; private init; }

    /// <summary>For type 5: the follow-up will be ephemeral (flag 64).</summary>
    public bool Ephemeral { get; private init; }

    /// <summary>For type 8.</summary>
    public IReadOnlyList<CommandChoice> Choices { get; private init; } = [];

    /// <summary>Type 4: reply with a message now.</summary>
    public static InteractionResponse Reply(OutgoingMessage message, bool ephemeral = false)
    {
        ArgumentNullException.ThrowIfNull(message);
        MessageValidator.Validate(message);
        return new(InteractionResponseType.ChannelMessageWithSource)
        {
            Message = ephemeral ? message with { Flags = message.Flags | MessageFlags.Ephemeral } : message,
            Ephemeral = ephemeral || message.Flags.HasFlag(MessageFlags.Ephemeral),
        };
    }

    /// <summary>Type 5: "thinking…"; edit <c>@original</c> later.</summary>
    public static InteractionResponse Defer(bool ephemeral = false) =>
        new(InteractionResponseType.DeferredChannelMessageWithSource) { Ephemeral = ephemeral };

    /// <summary>Type 6 (components only): acknowledge now, edit the message later.</summary>
    public static InteractionResponse DeferUpdate() => new(InteractionResponseType.DeferredUpdateMessage);

    /// <summary>Type 7 (components only): replace the message carrying the component.</summary>
    public static InteractionResponse UpdateMessage(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        MessageValidator.Validate(message, requireBody: false);
        return new(InteractionResponseType.UpdateMessage) { Message = message };
    }

    /// <summary>Type 8: autocomplete suggestions (at most 25).</summary>
    public static InteractionResponse Autocomplete(IReadOnlyList<CommandChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (choices.Count > DiscordLimits.AutocompleteChoices)
        {
            throw new DiscordLimitException("data.choices", $"at most {DiscordLimits.AutocompleteChoices} choices, was {choices.Count}");
        }

        return new(InteractionResponseType.ApplicationCommandAutocompleteResult) { Choices = choices.ToArray() };
    }
}
