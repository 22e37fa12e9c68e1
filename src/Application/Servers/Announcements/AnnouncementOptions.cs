using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;

namespace ServerStatus.Application.Servers.Announcements;

/// <summary>Configuration section <c>Games</c>: when announced power actions are announced in-game.</summary>
public sealed class AnnouncementOptions : IValidatableObject
{
    public const string Section = "Games";

    public static IReadOnlyList<TimeSpan> DefaultMarks { get; } =
        [TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10)];

    /// <summary>How long before the action each announcement is made (<c>5m</c>, <c>30s</c>); unset: 5m, 1m, 30s, 10s.</summary>
    [SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "Bound from configuration: an array is replaced, not appended to.")]
    public string[]? AnnounceMarks { get; set; }

    /// <summary>The marks, longest first.</summary>
    public IReadOnlyList<TimeSpan> Marks => AnnounceMarks is null
        ? DefaultMarks
        : [.. AnnounceMarks.Select(m => Durations.TryParse(m, out var mark) ? mark : TimeSpan.Zero).Where(m => m > TimeSpan.Zero).Distinct().OrderDescending()];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        (AnnounceMarks ?? []).Select((text, index) => (Text: text, Index: index))
            .Where(mark => !Durations.TryParse(mark.Text, out _))
            .Select(mark => new ValidationResult($"{Section}:{nameof(AnnounceMarks)}:{mark.Index} must be a duration such as 5m, 30s or 1h, not \"{mark.Text}\"."));
}
