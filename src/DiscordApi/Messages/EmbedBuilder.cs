namespace DiscordApi.Messages;

/// <summary>Builds an <see cref="Embed"/>, refusing any value over Discord's limits as soon as it is set.</summary>
public sealed class EmbedBuilder
{
    private readonly List<EmbedField> _fields = [];
    private Embed _embed = new();

    public int FieldCount => _fields.Count;

    /// <summary>Characters this embed counts towards the 6000 per-message total so far.</summary>
    public int TotalLength => (_embed with { Fields = _fields }).TotalLength;

    public EmbedBuilder WithTitle(string? title)
    {
        Check(_embed with { Title = title });
        _embed = _embed with { Title = title };
        return this;
    }

    public EmbedBuilder WithDescription(string? description)
    {
        Check(_embed with { Description = description });
        _embed = _embed with { Description = description };
        return this;
    }

    public EmbedBuilder WithUrl(Uri? url)
    {
        _embed = _embed with { Url = url };
        return this;
    }

    public EmbedBuilder WithColor(int color)
    {
        _embed = _embed with { Color = color };
        return this;
    }

    public EmbedBuilder WithTimestamp(DateTimeOffset timestamp)
    {
        _embed = _embed with { Timestamp = timestamp };
        return this;
    }

    public EmbedBuilder WithFooter(string? text)
    {
        Check(_embed with { FooterText = text });
        _embed = _embed with { FooterText = text };
        return this;
    }

    public EmbedBuilder WithAuthor(string? name)
    {
        Check(_embed with { AuthorName = name });
        _embed = _embed with { AuthorName = name };
        return this;
    }

    /// <summary>True when one more field with this name and value would still fit the field count and the 6000 total.</summary>
    public bool CanAddField(string name, string value) =>
        _fields.Count < DiscordLimits.EmbedFields
        && TotalLength + Embed.Measure(name) + Embed.Measure(value) <= DiscordLimits.EmbedTotalLength;

    public EmbedBuilder AddField(string name, string value, bool inline = false)
    {
        var field = new EmbedField(name, value, inline);
        if (_fields.Count >= DiscordLimits.EmbedFields)
        {
            throw new DiscordLimitException("embed.fields", $"at most {DiscordLimits.EmbedFields} fields per embed");
        }

        MessageValidator.ValidateEmbed(_embed with { Fields = [.. _fields, field] });
        _fields.Add(field);
        return this;
    }

    public Embed Build()
    {
        var embed = _embed with { Fields = _fields.ToArray() };
        MessageValidator.ValidateEmbed(embed);
        return embed;
    }

    /// <summary>The current state is always valid, so a failure here is caused by the new value.</summary>
    private void Check(Embed candidate) => MessageValidator.ValidateEmbed(candidate with { Fields = _fields });
}
