using System.Globalization;
using DiscordApi.Messages;
using ServerStatus.Application.Servers;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Board;

/// <summary>
/// What sits under each board message: select menus to open the card of a server that message shows (25 servers a
/// menu, the menus' custom ids carry the board id, the options' values the engine-qualified names), then a Refresh
/// button. A message lists at most <see cref="LinesPerMessage"/> lines, so its menus and the button fit in five rows.
/// </summary>
public static class BoardComponents
{
    public const string RefreshPrefix = "board:refresh:";
    public const string CardPrefix = "board:card:";

    /// <summary>Four menus of 25 servers above the Refresh row: no message shows more lines (header included) than this.</summary>
    public const int LinesPerMessage = (DiscordLimits.ActionRows - 1) * DiscordLimits.SelectOptions;

    private const string Placeholder = "Open a server's card…";

    /// <param name="qualify">Whether the servers come from several engines (then labels name the engine too).</param>
    public static IReadOnlyList<ActionRow> Rows(long boardId, IReadOnlyList<ServerSummary> servers, bool qualify)
    {
        ArgumentNullException.ThrowIfNull(servers);
        var options = servers
            .Where(s => s.Id.QualifiedName.Length <= DiscordLimits.SelectOptionTextLength) // longer names cannot be a value: typed `status` still finds them
            .DistinctBy(s => s.Id.QualifiedName, StringComparer.Ordinal)
            .Select(s => new SelectOption(ErrorReplies.Fit(qualify ? s.Id.QualifiedName : s.Id.Name, DiscordLimits.SelectOptionTextLength), s.Id.QualifiedName)
            {
                Emoji = ServerStyle.Emoji(s.State, s.Health, s.ExitCode),
            })
            .Chunk(DiscordLimits.SelectOptions)
            .ToList();
        var rows = options.Select((chunk, i) => ActionRow.Of(SelectMenu.Create(
            Invariant($"{CardPrefix}{boardId}:{i}"),
            chunk,
            options.Count == 1 ? Placeholder : ErrorReplies.Fit($"Open a server's card ({chunk[0].Label} – {chunk[^1].Label})", DiscordLimits.SelectPlaceholderLength))));
        return [.. rows, ActionRow.Of(Button.Create(ButtonStyle.Secondary, Invariant($"{RefreshPrefix}{boardId}"), "Refresh") with { Emoji = "🔄" })];
    }

    /// <summary>The board and whether it is its Refresh button (else a card menu), for a custom id of <see cref="Rows"/>; null for any other.</summary>
    public static (bool Refresh, long BoardId)? Read(string customId)
    {
        ArgumentNullException.ThrowIfNull(customId);
        var refresh = customId.StartsWith(RefreshPrefix, StringComparison.Ordinal);
        if (!refresh && !customId.StartsWith(CardPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = customId[(refresh ? RefreshPrefix : CardPrefix).Length..];
        var id = refresh ? rest : rest.Split(':')[0];
        return long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var boardId) ? (refresh, boardId) : null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
