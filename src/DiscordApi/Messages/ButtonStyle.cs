namespace DiscordApi.Messages;

/// <summary>Button styles; all but <see cref="Link"/> need a custom id and send an interaction when clicked.</summary>
public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
    Link = 5,
}
