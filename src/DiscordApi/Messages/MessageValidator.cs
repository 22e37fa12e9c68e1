using System.Globalization;

namespace DiscordApi.Messages;

/// <summary>Checks outgoing payloads against Discord's limits and throws <see cref="DiscordLimitException"/> on the first violation.</summary>
public static class MessageValidator
{
    /// <summary>Validates a whole message. <paramref name="requireBody"/> is false for edits, which may change nothing but flags.</summary>
    public static void Validate(OutgoingMessage message, bool requireBody = true)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Content is { Length: > DiscordLimits.ContentLength } content)
        {
            Fail("content", $"must be at most {DiscordLimits.ContentLength} characters, was {content.Length}");
        }

        if (requireBody && string.IsNullOrEmpty(message.Content) && message.Embeds.Count == 0
            && message.Components.Count == 0 && message.Attachments.Count == 0)
        {
            Fail("content", "a message needs content, embeds, components or files");
        }

        CheckLength(message.Nonce, DiscordLimits.NonceLength, "nonce", trim: false);
        ValidateEmbeds(message.Embeds);
        ValidateComponents(message.Components);
        ValidateAllowedMentions(message.AllowedMentions);
        if (message.Attachments.Count > DiscordLimits.Attachments)
        {
            Fail("attachments", $"at most {DiscordLimits.Attachments} files per message, was {message.Attachments.Count}");
        }

        for (var i = 0; i < message.Attachments.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(message.Attachments[i].FileName))
            {
                Fail(Path("attachments", i, "filename"), "is required");
            }
        }
    }

    public static void ValidateEmbeds(IReadOnlyList<Embed> embeds)
    {
        ArgumentNullException.ThrowIfNull(embeds);
        if (embeds.Count > DiscordLimits.EmbedsPerMessage)
        {
            Fail("embeds", $"at most {DiscordLimits.EmbedsPerMessage} embeds per message, was {embeds.Count}");
        }

        for (var i = 0; i < embeds.Count; i++)
        {
            ValidateEmbed(embeds[i], Path("embeds", i));
        }

        var total = embeds.Sum(e => e.TotalLength);
        if (total > DiscordLimits.EmbedTotalLength)
        {
            Fail("embeds", $"all embeds together must be at most {DiscordLimits.EmbedTotalLength} characters, were {total}");
        }
    }

    public static void ValidateEmbed(Embed embed, string path = "embed")
    {
        ArgumentNullException.ThrowIfNull(embed);
        CheckLength(embed.Title, DiscordLimits.EmbedTitleLength, path + ".title");
        CheckLength(embed.Description, DiscordLimits.EmbedDescriptionLength, path + ".description");
        CheckLength(embed.FooterText, DiscordLimits.EmbedFooterLength, path + ".footer.text");
        CheckLength(embed.AuthorName, DiscordLimits.EmbedAuthorLength, path + ".author.name");
        if (embed.Fields.Count > DiscordLimits.EmbedFields)
        {
            Fail(path + ".fields", $"at most {DiscordLimits.EmbedFields} fields per embed, was {embed.Fields.Count}");
        }

        for (var i = 0; i < embed.Fields.Count; i++)
        {
            var field = embed.Fields[i];
            var fieldPath = Path(path + ".fields", i);
            if (string.IsNullOrWhiteSpace(field.Name))
            {
                Fail(fieldPath + ".name", "is required");
            }

            if (string.IsNullOrWhiteSpace(field.Value))
            {
                Fail(fieldPath + ".value", "is required");
            }

            CheckLength(field.Name, DiscordLimits.EmbedFieldNameLength, fieldPath + ".name");
            CheckLength(field.Value, DiscordLimits.EmbedFieldValueLength, fieldPath + ".value");
        }

        if (embed.TotalLength > DiscordLimits.EmbedTotalLength)
        {
            Fail(path, $"must be at most {DiscordLimits.EmbedTotalLength} characters in total, was {embed.TotalLength}");
        }
    }

    public static void ValidateComponents(IReadOnlyList<ActionRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count > DiscordLimits.ActionRows)
        {
            Fail("components", $"at most {DiscordLimits.ActionRows} action rows, was {rows.Count}");
        }

        var customIds = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
        {
            var rowPath = Path("components", r);
            ValidateRow(rows[r], rowPath);
            var ids = rows[r].Select is { } select ? [select.CustomId] : rows[r].Buttons.Select(b => b.CustomId);
            foreach (var (id, c) in ids.Select((id, c) => (id, c)))
            {
                if (id is not null && !customIds.Add(id))
                {
                    Fail(Path(rowPath + ".components", c, "custom_id"), $"'{id}' is used twice in this message");
                }
            }
        }
    }

    public static void ValidateRow(ActionRow row, string path = "components.0")
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(row.Buttons);
        if (row.Select is { } select)
        {
            if (row.Buttons.Count > 0)
            {
                Fail(path + ".components", "an action row holds either buttons or one select menu, not both");
            }

            ValidateSelect(select, Path(path + ".components", 0));
            return;
        }

        if (row.Buttons.Count == 0)
        {
            Fail(path + ".components", "an action row needs at least one button or a select menu");
        }

        if (row.Buttons.Count > DiscordLimits.ButtonsPerRow)
        {
            Fail(path + ".components", $"at most {DiscordLimits.ButtonsPerRow} buttons per row, was {row.Buttons.Count}");
        }

        for (var i = 0; i < row.Buttons.Count; i++)
        {
            ValidateButton(row.Buttons[i], Path(path + ".components", i));
        }
    }

    public static void ValidateButton(Button button, string path = "button")
    {
        ArgumentNullException.ThrowIfNull(button);
        if (!Enum.IsDefined(button.Style))
        {
            Fail(path + ".style", $"unknown button style {(int)button.Style}");
        }

        if (string.IsNullOrEmpty(button.Label) && string.IsNullOrEmpty(button.Emoji))
        {
            Fail(path + ".label", "a button needs a label or an emoji");
        }

        CheckLength(button.Label, DiscordLimits.ButtonLabelLength, path + ".label", trim: false);
        if (button.Style == ButtonStyle.Link)
        {
            if (button.Url is null)
            {
                Fail(path + ".url", "a link button needs a url");
            }
            else if (button.Url.AbsoluteUri.Length > DiscordLimits.UrlLength)
            {
                Fail(path + ".url", $"must be at most {DiscordLimits.UrlLength} characters");
            }

            if (button.CustomId is not null)
            {
                Fail(path + ".custom_id", "a link button must not have a custom_id");
            }

            return;
        }

        if (button.Url is not null)
        {
            Fail(path + ".url", "only link buttons may have a url");
        }

        ValidateCustomId(button.CustomId, path + ".custom_id");
    }

    public static void ValidateSelect(SelectMenu select, string path = "select")
    {
        ArgumentNullException.ThrowIfNull(select);
        ArgumentNullException.ThrowIfNull(select.Options);
        ValidateCustomId(select.CustomId, path + ".custom_id");
        CheckLength(select.Placeholder, DiscordLimits.SelectPlaceholderLength, path + ".placeholder", trim: false);
        if (select.Options.Count is 0 or > DiscordLimits.SelectOptions)
        {
            Fail(path + ".options", $"must hold 1-{DiscordLimits.SelectOptions} options, held {select.Options.Count}");
        }

        if (select.MinValues is < 0 or > DiscordLimits.SelectOptions)
        {
            Fail(path + ".min_values", $"must be 0-{DiscordLimits.SelectOptions}, was {select.MinValues}");
        }

        if (select.MaxValues < Math.Max(1, select.MinValues) || select.MaxValues > select.Options.Count)
        {
            Fail(path + ".max_values", $"must be from max(1, min_values) to the number of options ({select.Options.Count}), was {select.MaxValues}");
        }

        var values = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < select.Options.Count; i++)
        {
            var option = select.Options[i];
            var optionPath = Path(path + ".options", i);
            CheckRequired(option.Label, DiscordLimits.SelectOptionTextLength, optionPath + ".label");
            CheckRequired(option.Value, DiscordLimits.SelectOptionTextLength, optionPath + ".value");
            CheckLength(option.Description, DiscordLimits.SelectOptionTextLength, optionPath + ".description", trim: false);
            if (!values.Add(option.Value))
            {
                Fail(optionPath + ".value", $"'{option.Value}' is used twice in this select menu");
            }
        }

        if (select.Options.Count(o => o.IsDefault) > select.MaxValues)
        {
            Fail(path + ".options", $"at most max_values ({select.MaxValues}) options may be picked by default");
        }
    }

    public static void ValidateCustomId(string? customId, string path = "custom_id")
    {
        if (string.IsNullOrEmpty(customId) || customId.Length > DiscordLimits.CustomIdLength)
        {
            Fail(path, $"must be 1-{DiscordLimits.CustomIdLength} characters, was {customId?.Length ?? 0}");
        }
    }

    private static void ValidateAllowedMentions(AllowedMentions mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        if (mentions.UserIds.Count > DiscordLimits.AllowedMentionIds)
        {
            Fail("allowed_mentions.users", $"at most {DiscordLimits.AllowedMentionIds} ids");
        }

        if (mentions.RoleIds.Count > DiscordLimits.AllowedMentionIds)
        {
            Fail("allowed_mentions.roles", $"at most {DiscordLimits.AllowedMentionIds} ids");
        }

        if (mentions.Users && mentions.UserIds.Count > 0)
        {
            Fail("allowed_mentions.users", "cannot list user ids while parsing all users");
        }

        if (mentions.Roles && mentions.RoleIds.Count > 0)
        {
            Fail("allowed_mentions.roles", "cannot list role ids while parsing all roles");
        }
    }

    private static void CheckRequired(string? text, int max, string path)
    {
        if (string.IsNullOrEmpty(text) || text.Length > max)
        {
            Fail(path, $"must be 1-{max} characters, was {text?.Length ?? 0}");
        }
    }

    private static void CheckLength(string? text, int max, string path, bool trim = true)
    {
        var length = trim ? Embed.Measure(text) : text?.Length ?? 0;
        if (length > max)
        {
            Fail(path, $"must be at most {max} characters, was {length}");
        }
    }

    private static string Path(string prefix, int index) => prefix + "." + index.ToString(CultureInfo.InvariantCulture);

    private static string Path(string prefix, int index, string suffix) => Path(prefix, index) + "." + suffix;

    private static void Fail(string path, string message) => throw new DiscordLimitException(path, message);
}
