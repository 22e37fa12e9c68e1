using System.Globalization;
using System.Text.RegularExpressions;
using DiscordApi.Commands;
using ServerStatus.Application.Common.Results;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Watch;

/// <summary>
/// The words of <c>alerts mute</c> and <c>maintenance on</c>: server names (or <c>*</c>), then <c>for &lt;duration&gt;</c>
/// (<c>30m</c>, <c>2h</c>, <c>1d</c>), then a reason — every word after the duration, or after the word <c>reason</c>.
/// As slash options, <c>for</c> and <c>reason</c> arrive after their names as keywords (<see cref="CommandInfo.KeywordOptions"/>).
/// </summary>
public static partial class WatchArguments
{
    public const string ForWord = "for";
    public const string ReasonWord = "reason";
    public const string ListWord = "list";

    public static IReadOnlyList<string> Keywords { get; } = [ForWord, ReasonWord];

    public static CommandOption ForOption(string description) =>
        new(CommandOptionType.String, ForWord, description) { MaxLength = 10 };

    public static CommandOption ReasonOption() =>
        new(CommandOptionType.String, ReasonWord, "Why (shown on the status and in the list)") { MaxLength = 200 };

    public static Result<WatchWords> Parse(IReadOnlyList<string> words, bool takesReason)
    {
        ArgumentNullException.ThrowIfNull(words);
        var names = words.TakeWhile(w => !Keywords.Contains(w, StringComparer.OrdinalIgnoreCase)).ToList();
        var rest = words.Skip(names.Count).ToList();
        TimeSpan? duration = null;
        if (rest.Count > 0 && Is(rest[0], ForWord))
        {
            if (rest.Count < 2 || !TryParseDuration(rest[1], out var span))
            {
                return Error.Invalid($"`for` needs a duration such as `30m`, `2h` or `1d`{(rest.Count < 2 ? "" : $", not `{ErrorReplies.Fit(rest[1], 20)}`")}.");
            }

            duration = span;
            rest = rest[2..];
        }

        if (rest.Count > 0 && Is(rest[0], ReasonWord))
        {
            rest = rest[1..];
        }

        if (rest.Count > 0 && !takesReason)
        {
            return Error.Invalid($"Only `for <duration>` may follow the servers, not `{ErrorReplies.Fit(string.Join(' ', rest), 40)}`.");
        }

        return new WatchWords(names, duration, string.Join(' ', rest));
    }

    /// <summary><c>30m</c>, <c>90min</c>, <c>2h</c>, <c>1d</c>: a whole number and a unit.</summary>
    public static bool TryParseDuration(string text, out TimeSpan duration)
    {
        duration = default;
        var match = DurationPattern().Match(text ?? "");
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n == 0)
        {
            return false;
        }

        duration = match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "d" => TimeSpan.FromDays(n),
            "h" => TimeSpan.FromHours(n),
            _ => TimeSpan.FromMinutes(n),
        };
        return true;
    }

    /// <summary>
    /// The command a first word picks in chat: <c>list</c> the listing itself, <c>mute</c> the sibling
    /// <c>&lt;name&gt;_mute</c>; null when the words are the listing's own.
    /// </summary>
    public static IBotCommand? Sibling(IBotCommand listing, IReadOnlyList<IBotCommand> siblings, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(siblings);
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.FirstWord is not { } word ? null
            : word == ListWord ? listing
            : siblings.FirstOrDefault(s => s.Info.Name == $"{listing.Info.Name}_{word}");
    }

    private static bool Is(string word, string expected) => string.Equals(word, expected, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?<n>\d{1,5})(?<unit>m|min|h|d)\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DurationPattern();
}
