namespace DiscordApi.Messages;

/// <summary>
/// Builds an <see cref="OutgoingMessage"/>. Every step checks Discord's limits and throws
/// <see cref="DiscordLimitException"/> at once, so an invalid message never reaches Discord.
/// Mentions are disabled unless <see cref="WithAllowedMentions"/> says otherwise.
/// </summary>
public sealed class MessageBuilder
{
    private readonly List<Embed> _embeds = [];
    private readonly List<ActionRow> _rows = [];
    private readonly List<FileAttachment> _files = [];
    private OutgoingMessage _message = new();

    public MessageBuilder WithContent(string? content)
    {
        if (content is { Length: > DiscordLimits.ContentLength })
        {
            throw new DiscordLimitException("content", $"must be at most {DiscordLimits.ContentLength} characters, was {content.Length}");
        }

        _message = _message with { Content = content };
        return this;
    }

    public MessageBuilder AddEmbed(Embed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        MessageValidator.ValidateEmbeds([.. _embeds, embed]);
        _embeds.Add(embed);
        return this;
    }

    public MessageBuilder AddEmbed(Action<EmbedBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new EmbedBuilder();
        configure(builder);
        return AddEmbed(builder.Build());
    }

    public MessageBuilder AddActionRow(ActionRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        MessageValidator.ValidateComponents([.. _rows, row]);
        _rows.Add(row);
        return this;
    }

    public MessageBuilder AddActionRow(Action<ActionRowBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new ActionRowBuilder();
        configure(builder);
        return AddActionRow(builder.Build());
    }

    /// <summary>Adds a row holding only <paramref name="select"/>.</summary>
    public MessageBuilder AddSelectMenu(SelectMenu select)
    {
        ArgumentNullException.ThrowIfNull(select);
        return AddActionRow(ActionRow.Of(select));
    }

    public MessageBuilder AddFile(string fileName, ReadOnlyMemory<byte> content, string? description = null)
    {
        if (_files.Count >= DiscordLimits.Attachments)
        {
            throw new DiscordLimitException("attachments", $"at most {DiscordLimits.Attachments} files per message");
        }

        _files.Add(new FileAttachment(fileName, content, description));
        return this;
    }

    public MessageBuilder WithAllowedMentions(AllowedMentions mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        _message = _message with { AllowedMentions = mentions };
        return this;
    }

    public MessageBuilder ReplyTo(ulong messageId, bool failIfNotExists = false)
    {
        _message = _message with { Reference = new MessageReference(messageId, FailIfNotExists: failIfNotExists) };
        return this;
    }

    public MessageBuilder WithFlags(MessageFlags flags)
    {
        _message = _message with { Flags = flags };
        return this;
    }

    public MessageBuilder AsEphemeral() => WithFlags(_message.Flags | MessageFlags.Ephemeral);

    public OutgoingMessage Build()
    {
        var message = _message with { Embeds = _embeds.ToArray(), Components = _rows.ToArray(), Attachments = _files.ToArray() };
        MessageValidator.Validate(message);
        return message;
    }
}
