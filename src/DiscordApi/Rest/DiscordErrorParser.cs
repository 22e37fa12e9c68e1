using System.Globalization;
using System.Net;
using System.Text.Json;

namespace DiscordApi.Rest;

/// <summary>Turns a Discord error response into a <see cref="DiscordApiException"/>.</summary>
internal static class DiscordErrorParser
{
    public static DiscordApiException ToException(HttpStatusCode status, string body, string route)
    {
        var (code, message, errors) = Parse(body);
        var kind = Classify(status, code);
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"Discord {route} failed with HTTP {(int)status}{(code is null ? "" : $", code {code}")}: {message ?? "(no message)"}");
        if (errors.Count > 0)
        {
            text += " [" + string.Join("; ", errors) + "]";
        }

        return new DiscordApiException(kind, text, status, code, route, errors);
    }

    public static DiscordErrorKind Classify(HttpStatusCode status, int? code) => code switch
    {
        10003 or 10004 or 10008 or 10013 or 10014 or 10015 => DiscordErrorKind.NotFound,
        10062 => DiscordErrorKind.InteractionExpired,
        40060 => DiscordErrorKind.AlreadyAcknowledged,
        40001 or 50014 => DiscordErrorKind.Unauthorized,
        50001 or 50013 => DiscordErrorKind.MissingAccess,
        50007 => DiscordErrorKind.CannotMessageUser,
        50035 => DiscordErrorKind.InvalidFormBody,
        130000 => DiscordErrorKind.ServerError,
        _ => status switch
        {
            HttpStatusCode.Unauthorized => DiscordErrorKind.Unauthorized,
            HttpStatusCode.Forbidden => DiscordErrorKind.MissingAccess,
            HttpStatusCode.NotFound => DiscordErrorKind.NotFound,
            HttpStatusCode.TooManyRequests => DiscordErrorKind.RateLimited,
            >= HttpStatusCode.InternalServerError => DiscordErrorKind.ServerError,
            _ => DiscordErrorKind.Other,
        },
    };

    /// <summary>Reads <c>{code, message, errors}</c>; anything unreadable yields nulls and no errors.</summary>
    public static (int? Code, string? Message, IReadOnlyList<string> Errors) Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null, []);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, []);
            }

            int? code = root.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var ci) ? ci : null;
            var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            var errors = new List<string>();
            if (root.TryGetProperty("errors", out var tree))
            {
                Flatten(tree, "", errors);
            }

            return (code, message, errors);
        }
        catch (JsonException)
        {
            return (null, null, []);
        }
    }

    /// <summary>Flattens the 50035 <c>errors</c> tree into <c>path: CODE message</c> lines.</summary>
    public static void Flatten(JsonElement node, string path, List<string> into)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in node.EnumerateObject())
        {
            if (property.Name == "_errors" && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in property.Value.EnumerateArray())
                {
                    var code = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var c) ? c.ToString() : "UNKNOWN";
                    var message = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var m) ? m.ToString() : "";
                    into.Add($"{(path.Length == 0 ? "(body)" : path)}: {code} {message}".TrimEnd());
                }
            }
            else
            {
                Flatten(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, into);
            }
        }
    }
}
