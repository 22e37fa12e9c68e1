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
        labels is not null
        && labels.TryGetValue(StopTimeout, out var text)
        && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && seconds is > 0 and <= 3600
            ? TimeSpan.FromSeconds(seconds)
            : fallback;
}
