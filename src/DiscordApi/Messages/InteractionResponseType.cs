namespace DiscordApi.Messages;

/// <summary>Interaction callback types we send.</summary>
public enum InteractionResponseType
{
    ChannelMessageWithSource = 4,
    DeferredChannelMessageWithSource = 5,
    DeferredUpdateMessage = 6,
    UpdateMessage = 7,
    ApplicationCommandAutocompleteResult = 8,
}
