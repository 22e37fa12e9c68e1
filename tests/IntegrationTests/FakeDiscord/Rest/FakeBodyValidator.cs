using System.Globalization;
using System.Text.Json.Nodes;

namespace ServerStatus.IntegrationTests.FakeDiscord.Rest;

/// <summary>Checks message bodies against Discord's documented limits and builds a 50035 error tree like Discord's.</summary>
internal sealed class FakeBodyValidator
{
    private readonly JsonObject _errors = [];

    public bool HasErrors => _errors.Count > 0;

    public static JsonObject? ValidateMessage(JsonObject body)
    {
        var v = new FakeBodyValidator();
        v.Message(body, "");
        return v.HasErrors ? v.ToError() : null;
    }

    public static JsonObject? ValidateChoices(JsonObject body)
    {
        var v = new FakeBodyValidator();
        if (body["data"]?["choices"] is JsonArray { Count: > 25 } choices)
        {
            v.Add("data.choices", "BASE_TYPE_MAX_LENGTH", $"Must be 25 or fewer in length. ({choices.Count})");
        }

        return v.HasErrors ? v.ToError() : null;
    }

    public static bool IsEmpty(JsonObject body, int fileCount) =>
        string.IsNullOrEmpty(Text(body["content"])) && body["embeds"] is not JsonArray { Count: > 0 }
        && body["components"] is not JsonArray { Count: > 0 } && fileCount == 0;

    public void Message(JsonObject body, string prefix)
    {
        MaxLength(body["content"], 2000, prefix + "content");
        if (Text(body["nonce"]) is { Length: > 25 })
        {
            Add(prefix + "nonce", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
        }

        if (body["embeds"] is JsonArray embeds)
        {
            if (embeds.Count > 10)
            {
                Add(prefix + "embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
            }

            var total = 0;
            for (var i = 0; i < embeds.Count; i++)
            {
                total += Embed(embeds[i] as JsonObject ?? [], $"{prefix}embeds.{i}.");
            }

            if (total > 6000)
            {
                Add(prefix + "embeds", "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
            }
        }

        if (body["components"] is JsonArray rows)
        {
            if (rows.Count > 5)
            {
                Add(prefix + "components", "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.");
            }

            for (var r = 0; r < rows.Count; r++)
            {
                var row = rows[r] as JsonObject ?? [];
                var buttons = row["components"] as JsonArray ?? [];
                if (buttons.Count > 5)
                {
                    Add($"{prefix}components.{r}.components", "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.");
                }

                if (buttons.Count > 1 && buttons.Any(c => (int?)c?["type"] == 3))
                {
                    Add($"{prefix}components.{r}.components", "COMPONENT_LAYOUT_WIDTH_EXCEEDED", "The specified component exceeds the maximum width");
                }

                for (var b = 0; b < buttons.Count; b++)
                {
                    var button = buttons[b] as JsonObject ?? [];
                    var path = $"{prefix}components.{r}.components.{b}.";
                    if ((int?)button["type"] == 3)
                    {
                        Select(button, path);
                        continue;
                    }

                    MaxLength(button["label"], 80, path + "label");
                    var customId = Text(button["custom_id"]);
                    var style = (int?)button["style"];
                    if (style == 5)
                    {
                        if (customId is not null)
                        {
                            Add(path + "custom_id", "COMPONENT_LINK_BUTTON_CUSTOM_ID", "A link button cannot have a custom_id");
                        }

                        if (Text(button["url"]) is null)
                        {
                            Add(path + "url", "BASE_TYPE_REQUIRED", "This field is required");
                        }
                    }
                    else if (customId is null || customId.Length is 0 or > 100)
                    {
                        Add(path + "custom_id", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
                    }
                }
            }
        }
    }

    // A string select: custom_id 1-100, placeholder <= 150, 1-25 options of label and value 1-100 and description <= 100.
    private void Select(JsonObject select, string path)
    {
        if (Text(select["custom_id"]) is not { Length: >= 1 and <= 100 })
        {
            Add(path + "custom_id", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
        }

        MaxLength(select["placeholder"], 150, path + "placeholder");
        var options = select["options"] as JsonArray ?? [];
        if (options.Count is 0 or > 25)
        {
            Add(path + "options", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 25 in length.");
        }

        for (var i = 0; i < options.Count; i++)
        {
            var option = options[i] as JsonObject ?? [];
            foreach (var field in (string[])["label", "value"])
            {
                if (Text(option[field]) is not { Length: >= 1 and <= 100 })
                {
                    Add($"{path}options.{i}.{field}", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
                }
            }

            MaxLength(option["description"], 100, $"{path}options.{i}.description");
        }
    }

    public JsonObject ToError() => new()
    {
        ["code"] = 50035,
        ["message"] = "Invalid Form Body",
        ["errors"] = _errors,
    };

    private int Embed(JsonObject embed, string path)
    {
        var total = 0;
        total += MaxLength(embed["title"], 256, path + "title");
        total += MaxLength(embed["description"], 4096, path + "description");
        total += MaxLength(embed["footer"]?["text"], 2048, path + "footer.text");
        total += MaxLength(embed["author"]?["name"], 256, path + "author.name");
        if (embed["fields"] is JsonArray fields)
        {
            if (fields.Count > 25)
            {
                Add(path + "fields", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
            }

            for (var i = 0; i < fields.Count; i++)
            {
                total += MaxLength(fields[i]?["name"], 256, $"{path}fields.{i}.name");
                total += MaxLength(fields[i]?["value"], 1024, $"{path}fields.{i}.value");
            }
        }

        return total;
    }

    private int MaxLength(JsonNode? node, int max, string path)
    {
        var text = Text(node);
        if (text is null)
        {
            return 0;
        }

        if (text.Trim().Length > max)
        {
            Add(path, "BASE_TYPE_MAX_LENGTH", string.Create(CultureInfo.InvariantCulture, $"Must be {max} or fewer in length."));
        }

        return text.Trim().Length;
    }

    private void Add(string path, string code, string message)
    {
        var node = _errors;
        foreach (var segment in path.Split('.'))
        {
            if (node[segment] is not JsonObject child)
            {
                child = [];
                node[segment] = child;
            }

            node = child;
        }

        if (node["_errors"] is not JsonArray list)
        {
            list = [];
            node["_errors"] = list;
        }

        list.Add(new JsonObject { ["code"] = code, ["message"] = message });
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
