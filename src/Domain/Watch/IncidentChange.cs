using System.Globalization;

namespace ServerStatus.Domain.Watch;

/// <summary>Something that changed before an incident: the server runs another image than when it last ran well, or someone acted on it through the bot.</summary>
public sealed record IncidentChange(IncidentChangeKind Kind, string What, ulong ActorId, DateTimeOffset At)
{
    public static IncidentChange Image(string before, string now, DateTimeOffset at) => new(IncidentChangeKind.Image, $"{before} → {now}", 0, at);

    public static IncidentChange Action(string command, ulong actorId, DateTimeOffset at) => new(IncidentChangeKind.Action, command, actorId, at);

    /// <summary>One line per change, as <see cref="Incident.Changes"/> keeps them.</summary>
    public static string Join(IEnumerable<IncidentChange> changes) =>
        string.Join('\n', changes.Select(c => string.Join('\t', c.Kind, c.ActorId.ToString(CultureInfo.InvariantCulture), c.At.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), c.What.Replace('\n', ' ').Replace('\t', ' '))));

    public static IReadOnlyList<IncidentChange> Split(string? text) =>
        string.IsNullOrEmpty(text) ? [] : [.. text.Split('\n').Select(Parse).OfType<IncidentChange>()];

    private static IncidentChange? Parse(string line)
    {
        var parts = line.Split('\t', 4);
        return parts.Length == 4
            && Enum.TryParse<IncidentChangeKind>(parts[0], out var kind)
            && ulong.TryParse(parts[1], CultureInfo.InvariantCulture, out var actor)
            && long.TryParse(parts[2], CultureInfo.InvariantCulture, out var at)
                ? new IncidentChange(kind, parts[3], actor, DateTimeOffset.FromUnixTimeSeconds(at))
                : null;
    }
}
