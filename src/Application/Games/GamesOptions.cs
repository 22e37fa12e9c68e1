using System.ComponentModel.DataAnnotations;
using ServerStatus.Application.Servers.Pending;

namespace ServerStatus.Application.Games;

/// <summary>
/// Configuration section <c>Games</c>: when announced power actions speak in-game, and how often a restart waiting for an
/// empty server asks for the player count.
/// </summary>
public sealed class GamesOptions : IValidatableObject
{
    public const string Section = "Games";

    /// <summary>
    /// The times before an announced restart or stop at which it is announced in-game, separated by commas
    /// (<c>30s</c>, <c>5m</c>, <c>1h</c>); only those shorter than the delay asked for are used.
    /// </summary>
    public string AnnounceMarks { get; set; } = "5m,1m,30s,10s";

    /// <summary>How often <c>restart &lt;server&gt; --when-empty</c> reads the player count.</summary>
    [Range(1, 3600)]
    public int EmptyCheckSeconds { get; set; } = 15;

    /// <summary>The marks, longest first (valid once the options have been validated).</summary>
    public IReadOnlyList<TimeSpan> Marks => AnnouncementPlan.ParseMarks(AnnounceMarks).Value;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var marks = AnnouncementPlan.ParseMarks(AnnounceMarks);
        if (!marks.IsSuccess)
        {
            yield return new ValidationResult($"Games:AnnounceMarks {marks.Errors[0].Message}", [nameof(AnnounceMarks)]);
        }
    }
}
