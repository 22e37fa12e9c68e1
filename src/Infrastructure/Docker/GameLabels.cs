using System.Globalization;
using System.Text.RegularExpressions;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>The container labels that name a server's player source: a query protocol, or a console command and the pattern of its answer.</summary>
public static class GameLabels
{
    /// <summary><c>minecraft</c> (Server List Ping) or <c>a2s</c> (Steam server queries).</summary>
    public const string Query = "serverstatus.query";

    /// <summary>The host to query instead of the container's address or its engine's host.</summary>
    public const string QueryHost = "serverstatus.query.host";

    /// <summary>The query port: the container's port, or the port on <see cref="QueryHost"/> when that is set.</summary>
    public const string QueryPort = "serverstatus.query.port";

    /// <summary>A console line that makes the server print its players (e.g. <c>list</c>), for games without a query protocol.</summary>
    public const string PlayersCommand = "serverstatus.players.command";

    /// <summary>A regular expression for the answer to <see cref="PlayersCommand"/>, with a named group <c>count</c> (and optional <c>max</c>, <c>names</c>).</summary>
    public const string PlayersPattern = "serverstatus.players.pattern";

    public static readonly TimeSpan PatternMatchTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>Whether the labels name a player source at all (usable or not): only such servers are ever asked.</summary>
    public static bool HasSource(IDictionary<string, string>? labels) =>
        labels is not null && (labels.ContainsKey(Query) || labels.ContainsKey(PlayersCommand));

    /// <summary>The player source the labels name, null when they name none, or why the ones set cannot be used.</summary>
    public static (Games.PlayerSource? Source, string? Problem) Source(IDictionary<string, string>? labels)
    {
        if (labels is null)
        {
            return (null, null);
        }

        if (labels.TryGetValue(Query, out var protocolText))
        {
            var protocol = protocolText.Trim().ToLowerInvariant() switch
            {
                "minecraft" => Games.GameProtocol.Minecraft,
                "a2s" => Games.GameProtocol.A2s,
                _ => (Games.GameProtocol?)null,
            };
            if (protocol is null)
            {
                return (null, $"{Query}=\"{protocolText}\" is not a query protocol: use `minecraft` or `a2s`");
            }

            int? port = null;
            if (labels.TryGetValue(QueryPort, out var portText))
            {
                if (Port(portText) is not { } parsed)
                {
                    return (null, $"{QueryPort}=\"{portText}\" is not a port from 1 to 65535");
                }

                port = parsed;
            }

            var host = labels.TryGetValue(QueryHost, out var hostText) && !string.IsNullOrWhiteSpace(hostText) ? hostText.Trim() : null;
            return (new Games.QuerySource(protocol.Value, host, port), null);
        }

        if (labels.TryGetValue(PlayersCommand, out var command))
        {
            if (string.IsNullOrWhiteSpace(command) || command.Contains('\n', StringComparison.Ordinal))
            {
                return (null, $"{PlayersCommand} must be one console line");
            }

            if (!labels.TryGetValue(PlayersPattern, out var patternText) || string.IsNullOrWhiteSpace(patternText))
            {
                return (null, $"{PlayersCommand} needs {PlayersPattern}: a regular expression with a named group `count`");
            }

            var pattern = Pattern(patternText, out var problem);
            return pattern is null ? (null, $"{PlayersPattern} {problem}") : (new Games.ConsoleSource(command.Trim(), pattern), null);
        }

        return (null, null);
    }

    /// <summary>The player labels of a container that are set but cannot be used, each with why.</summary>
    public static IEnumerable<(string Label, string Value, string Reason)> Unusable(IDictionary<string, string>? labels)
    {
        if (Source(labels).Problem is not { } problem || labels is null)
        {
            yield break;
        }

        var label = labels.ContainsKey(Query) ? Query : PlayersCommand;
        yield return (label, labels[label], problem + "; no players are shown");
    }

    private static int? Port(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535 ? port : null;

    private static Regex? Pattern(string text, out string problem)
    {
        try
        {
            var regex = new Regex(text, RegexOptions.CultureInvariant, PatternMatchTimeout);
            if (!regex.GetGroupNames().Contains("count", StringComparer.Ordinal))
            {
                problem = "has no named group `count`, e.g. `There are (?<count>\\d+) of a max of (?<max>\\d+) players online: (?<names>.*)`";
                return null;
            }

            problem = "";
            return regex;
        }
        catch (ArgumentException ex)
        {
            problem = $"is not a regular expression: {ex.Message}";
            return null;
        }
    }
}
