using System.Globalization;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>The container labels through which admins tune per-server behaviour.</summary>
public static class ServerLabels
{
    public const string Name = "serverstatus.name";
    public const string StopTimeout = "serverstatus.stop-timeout";

    public static string DisplayName(string containerName, IDictionary<string, string>? labels) =>
        labels is not null && labels.TryGetValue(Name, out var alias) && ServerName.IsValidName(alias) ? alias : containerName;

    public static TimeSpan StopTimeoutOr(IDictionary<string, string>? labels, TimeSpan fallback) =>
        labels is not null && labels.TryGetValue(StopTimeout, out var text) && StopTimeoutSeconds(text) is { } seconds
            ? TimeSpan.FromSeconds(seconds)
            : fallback;

    /// <summary>The labels of a container that are set but cannot be used, each with what is ignored and why.</summary>
    public static IEnumerable<(string Label, string Value, string Reason)> Unusable(IDictionary<string, string>? labels)
    {
        if (labels is null)
        {
            yield break;
        }

        if (labels.TryGetValue(Name, out var alias) && !ServerName.IsValidName(alias))
        {
            yield return (Name, alias, "not a server name (a letter or digit, then letters, digits, '_', '.' or '-'); the container name is used");
        }

        if (labels.TryGetValue(StopTimeout, out var text) && StopTimeoutSeconds(text) is null)
        {
            yield return (StopTimeout, text, "not a whole number of seconds from 1 to 3600; Docker:DefaultStopTimeoutSeconds is used");
        }
    }

    private static int? StopTimeoutSeconds(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 3600 ? seconds : null;
}
