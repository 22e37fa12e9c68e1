using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DiscordApi.Commands;
using DiscordApi.Messages;

namespace DiscordApi.Rest;

/// <summary>Builds the JSON bodies we send; the only place that knows Discord's request field names.</summary>
internal static class RestPayloads
{
    /// <summary>A message body for create (<paramref name="edit"/> false) or edit.</summary>
    public static JsonObject Message(OutgoingMessage message, bool edit, string? nonce = null)
    {
        var json = new JsonObject();
        if (message.Content is not null)
        {
            json["content"] = message.Content;
        }

        if (edit || message.Embeds.Count > 0)
        {
            json["embeds"] = new JsonArray([.. message.Embeds.Select(Embed)]);
        }

        if (edit || message.Components.Count > 0)
        {
            json["components"] = new JsonArray([.. message.Components.Select(Row)]);
        }

        json["allowed_mentions"] = AllowedMentions(message.AllowedMentions);
        if (message.Reference is { } reference)
        {
            var r = new JsonObject { ["message_id"] = Id(reference.MessageId) };
            if (reference.ChannelId is { } channel)
            {
                r["channel_id"] = Id(channel);
            }

            if (reference.GuildId is { } guild)
            {
                r["guild_id"] = Id(guild);
            }

            r["fail_if_not_exists"] = reference.FailIfNotExists;
            json["message_reference"] = r;
        }

        if (message.Flags != MessageFlags.None)
        {
            json["flags"] = (int)message.Flags;
        }

        if (message.Attachments.Count > 0)
        {
            json["attachments"] = new JsonArray([.. message.Attachments.Select((a, i) => Attachment(a, i))]);
        }

        if (nonce is not null)
        {
            json["nonce"] = nonce;
            json["enforce_nonce"] = true;
        }

        return json;
    }

    public static JsonObject InteractionCallback(InteractionResponse response) => response.Type switch
    {
        InteractionResponseType.ChannelMessageWithSource => new JsonObject
        {
            ["type"] = (int)response.Type,
            ["data"] = Message(response.Message! with { Reference = null }, edit: false), // the factory guarantees a message for type 4; replies do not exist here
        },
        InteractionResponseType.DeferredChannelMessageWithSource when response.Ephemeral => new JsonObject
        {
            ["type"] = (int)response.Type,
            ["data"] = new JsonObject { ["flags"] = (int)MessageFlags.Ephemeral },
        },
        InteractionResponseType.UpdateMessage => new JsonObject
        {
            ["type"] = (int)response.Type,
            ["data"] = Message(response.Message!, edit: true), // the factory guarantees a message for type 7
        },
        InteractionResponseType.ApplicationCommandAutocompleteResult => new JsonObject
        {
            ["type"] = (int)response.Type,
            ["data"] = new JsonObject { ["choices"] = new JsonArray([.. response.Choices.Select(Choice)]) },
        },
        _ => new JsonObject { ["type"] = (int)response.Type },
    };

    public static JsonObject Command(ApplicationCommandDefinition command)
    {
        var json = new JsonObject
        {
            ["name"] = command.Name,
            ["type"] = (int)command.Type,
            ["description"] = command.Description,
        };
        if (command.Options.Count > 0)
        {
            json["options"] = new JsonArray([.. command.Options.Select(Option)]);
        }

        if (command.DefaultMemberPermissions is not null)
        {
            json["default_member_permissions"] = command.DefaultMemberPermissions;
        }

        if (command.Contexts.Count > 0)
        {
            json["contexts"] = new JsonArray([.. command.Contexts.Select(c => (JsonNode)c)]);
        }

        if (command.Nsfw)
        {
            json["nsfw"] = true;
        }

        return json;
    }

    /// <summary>JSON content, or multipart (<c>payload_json</c> + <c>files[n]</c>) when there are attachments.</summary>
    public static HttpContent Content(string json, IReadOnlyList<FileAttachment> files)
    {
        var payload = new StringContent(json, Encoding.UTF8, "application/json");
        if (files.Count == 0)
        {
            return payload;
        }

        var multipart = new MultipartFormDataContent();
        multipart.Add(payload, "payload_json");
        for (var i = 0; i < files.Count; i++)
        {
            var file = new ByteArrayContent(files[i].Content.ToArray());
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            multipart.Add(file, "files[" + i.ToString(CultureInfo.InvariantCulture) + "]", files[i].FileName);
        }

        return multipart;
    }

    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static JsonObject Embed(Embed embed)
    {
        var json = new JsonObject();
        if (embed.Title is not null)
        {
            json["title"] = embed.Title;
        }

        if (embed.Description is not null)
        {
            json["description"] = embed.Description;
        }

        if (embed.Url is not null)
        {
            json["url"] = embed.Url.AbsoluteUri;
        }

        if (embed.Color is { } color)
        {
            json["color"] = color;
        }

        if (embed.Timestamp is { } timestamp)
        {
            json["timestamp"] = timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        }

        if (embed.FooterText is not null)
        {
            json["footer"] = new JsonObject { ["text"] = embed.FooterText };
        }

        if (embed.AuthorName is not null)
        {
            json["author"] = new JsonObject { ["name"] = embed.AuthorName };
        }

        if (embed.Fields.Count > 0)
        {
            json["fields"] = new JsonArray([.. embed.Fields.Select(f => (JsonNode)new JsonObject
            {
                ["name"] = f.Name,
                ["value"] = f.Value,
                ["inline"] = f.Inline,
            })]);
        }

        return json;
    }

    private static JsonObject Row(ActionRow row) => new()
    {
        ["type"] = 1,
        ["components"] = row.Select is { } select ? new JsonArray(Select(select)) : new JsonArray([.. row.Buttons.Select(Button)]),
    };

    private static JsonObject Select(SelectMenu select)
    {
        var json = new JsonObject
        {
            ["type"] = 3,
            ["custom_id"] = select.CustomId,
            ["options"] = new JsonArray([.. select.Options.Select(SelectOption)]),
            ["min_values"] = select.MinValues,
            ["max_values"] = select.MaxValues,
        };
        if (select.Placeholder is not null)
        {
            json["placeholder"] = select.Placeholder;
        }

        if (select.Disabled)
        {
            json["disabled"] = true;
        }

        return json;
    }

    private static JsonObject SelectOption(SelectOption option)
    {
        var json = new JsonObject { ["label"] = option.Label, ["value"] = option.Value };
        if (option.Description is not null)
        {
            json["description"] = option.Description;
        }

        if (option.Emoji is not null)
        {
            json["emoji"] = Emoji(option.Emoji);
        }

        if (option.IsDefault)
        {
            json["default"] = true;
        }

        return json;
    }

    private static JsonObject Button(Button button)
    {
        var json = new JsonObject { ["type"] = 2, ["style"] = (int)button.Style };
        if (button.Label is not null)
        {
            json["label"] = button.Label;
        }

        if (button.CustomId is not null)
        {
            json["custom_id"] = button.CustomId;
        }

        if (button.Url is not null)
        {
            json["url"] = button.Url.AbsoluteUri;
        }

        if (button.Emoji is not null)
        {
            json["emoji"] = Emoji(button.Emoji);
        }

        if (button.Disabled)
        {
            json["disabled"] = true;
        }

        return json;
    }

    // A Unicode emoji as its name; a custom one (name:id, <:name:id> or <a:name:id>) as name and id.
    private static JsonObject Emoji(string emoji)
    {
        var colon = emoji.LastIndexOf(':');
        return colon > 0 && ulong.TryParse(emoji.AsSpan(colon + 1).TrimEnd('>'), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new JsonObject { ["name"] = emoji[..colon].TrimStart('<').Replace("a:", "", StringComparison.Ordinal).TrimStart(':'), ["id"] = Id(id) }
            : new JsonObject { ["name"] = emoji };
    }

    private static JsonObject AllowedMentions(AllowedMentions mentions)
    {
        var parse = new JsonArray();
        if (mentions.Users)
        {
            parse.Add("users");
        }

        if (mentions.Roles)
        {
            parse.Add("roles");
        }

        if (mentions.Everyone)
        {
            parse.Add("everyone");
        }

        var json = new JsonObject { ["parse"] = parse };
        if (mentions.UserIds.Count > 0)
        {
            json["users"] = new JsonArray([.. mentions.UserIds.Select(u => (JsonNode)Id(u))]);
        }

        if (mentions.RoleIds.Count > 0)
        {
            json["roles"] = new JsonArray([.. mentions.RoleIds.Select(r => (JsonNode)Id(r))]);
        }

        if (mentions.RepliedUser)
        {
            json["replied_user"] = true;
        }

        return json;
    }

    private static JsonObject Attachment(FileAttachment attachment, int index)
    {
        var json = new JsonObject { ["id"] = index.ToString(CultureInfo.InvariantCulture), ["filename"] = attachment.FileName };
        if (attachment.Description is not null)
        {
            json["description"] = attachment.Description;
        }

        return json;
    }

    private static JsonObject Option(CommandOption option)
    {
        var json = new JsonObject
        {
            ["type"] = (int)option.Type,
            ["name"] = option.Name,
            ["description"] = option.Description,
        };
        if (option.Required)
        {
            json["required"] = true;
        }

        if (option.Autocomplete)
        {
            json["autocomplete"] = true;
        }

        if (option.Choices.Count > 0)
        {
            json["choices"] = new JsonArray([.. option.Choices.Select(Choice)]);
        }

        if (option.Options.Count > 0)
        {
            json["options"] = new JsonArray([.. option.Options.Select(Option)]);
        }

        if (option.ChannelTypes.Count > 0)
        {
            json["channel_types"] = new JsonArray([.. option.ChannelTypes.Select(c => (JsonNode)c)]);
        }

        if (option.MinValue is { } minValue)
        {
            json["min_value"] = minValue;
        }

        if (option.MaxValue is { } maxValue)
        {
            json["max_value"] = maxValue;
        }

        if (option.MinLength is { } minLength)
        {
            json["min_length"] = minLength;
        }

        if (option.MaxLength is { } maxLength)
        {
            json["max_length"] = maxLength;
        }

        return json;
    }

    private static JsonObject Choice(CommandChoice choice) => new()
    {
        ["name"] = choice.Name,
        ["value"] = choice.Value switch
        {
            string s => JsonValue.Create(s),
            long l => JsonValue.Create(l),
            double d => JsonValue.Create(d),
            var other => JsonValue.Create(Convert.ToString(other, CultureInfo.InvariantCulture)),
        },
    };
}
