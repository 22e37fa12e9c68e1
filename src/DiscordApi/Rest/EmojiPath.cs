using System.Text.RegularExpressions;

namespace DiscordApi.Rest;

/// <summary>Encodes an emoji for a reaction URL path exactly once: Unicode percent-encoded, custom as <c>name:id</c>.</summary>
internal static partial class EmojiPath
{
    /// <summary>Accepts a Unicode emoji, <c>name:id</c>, <c>&lt;:name:id&gt;</c> or <c>&lt;a:name:id&gt;</c>.</summary>
    public static string Encode(string emoji)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(emoji);
        var custom = CustomEmoji().Match(emoji);
        if (custom.Success)
        {
            return Uri.EscapeDataString(custom.Groups["name"].Value) + ":" + custom.Groups["id"].Value;
        }

        return Uri.EscapeDataString(emoji);
    }

    [GeneratedRegex(@"^<?(?:a?:)?(?<name>[A-Za-z0-9_~-]{1,32}):(?<id>\d{1,20})>?\z", RegexOptions.CultureInvariant)]
    private static partial Regex CustomEmoji();
}
