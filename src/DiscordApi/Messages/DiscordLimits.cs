namespace DiscordApi.Messages;

/// <summary>Discord's documented limits for outgoing messages (counted with <see cref="string.Length"/>).</summary>
public static class DiscordLimits
{
    public const int ContentLength = 2000;
    public const int EmbedsPerMessage = 10;
    public const int EmbedTotalLength = 6000;
    public const int EmbedTitleLength = 256;
    public const int EmbedDescriptionLength = 4096;
    public const int EmbedFields = 25;
    public const int EmbedFieldNameLength = 256;
    public const int EmbedFieldValueLength = 1024;
    public const int EmbedFooterLength = 2048;
    public const int EmbedAuthorLength = 256;
    public const int ActionRows = 5;
    public const int ButtonsPerRow = 5;
    public const int CustomIdLength = 100;
    public const int ButtonLabelLength = 80;
    public const int SelectOptions = 25;
    public const int SelectOptionTextLength = 100;
    public const int SelectPlaceholderLength = 150;
    public const int UrlLength = 512;
    public const int NonceLength = 25;
    public const int AllowedMentionIds = 100;
    public const int AutocompleteChoices = 25;
    public const int Attachments = 10;
}
