using System.Globalization;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>A number with its noun in the right form: "1 backup", "3 backups", "1 entry", "2 entries".</summary>
public static class Counted
{
    public static string Of(int count, string singular, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");
}
