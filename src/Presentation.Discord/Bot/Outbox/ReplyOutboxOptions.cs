using System.ComponentModel.DataAnnotations;

namespace ServerStatus.Presentation.Discord.Bot.Outbox;

/// <summary>Configuration section <c>Outbox</c>: how answers Discord would not take are tried again.</summary>
public sealed class ReplyOutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Wait before the first new attempt; doubles with each failed one (a longer <c>retry_after</c> wins).</summary>
    [Range(10, 60_000, ErrorMessage = "Outbox:FirstRetryMilliseconds must be between 10 and 60000.")]
    public int FirstRetryMilliseconds { get; set; } = 1000;

    /// <summary>The longest wait between two attempts.</summary>
    [Range(1, 3600, ErrorMessage = "Outbox:MaxRetrySeconds must be between 1 and 3600.")]
    public int MaxRetrySeconds { get; set; } = 300;

    /// <summary>An answer still not delivered after this long is obsolete and given up (logged).</summary>
    [Range(1, 168, ErrorMessage = "Outbox:GiveUpAfterHours must be between 1 and 168.")]
    public int GiveUpAfterHours { get; set; } = 24;

    public TimeSpan FirstRetry => TimeSpan.FromMilliseconds(FirstRetryMilliseconds);

    public TimeSpan MaxRetry => TimeSpan.FromSeconds(MaxRetrySeconds);

    public TimeSpan GiveUpAfter => TimeSpan.FromHours(GiveUpAfterHours);
}
