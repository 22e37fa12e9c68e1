using System.ComponentModel.DataAnnotations;

namespace ServerStatus.Application.Games;

/// <summary>
/// Configuration section <c>Games</c>: how player counts are asked, how long a reading is reused, and how often a restart
/// waiting for an empty server asks (the announcement marks are <see cref="Servers.Announcements.AnnouncementOptions"/>).
/// </summary>
public sealed class GamesOptions
{
    public const string Section = "Games";

    /// <summary>The longest a player query (a game protocol or a console command) may take; a slower one reads as unknown.</summary>
    [Range(50, 30_000, ErrorMessage = "Games:QueryTimeoutMilliseconds must be between 50 and 30000 milliseconds.")]
    public int QueryTimeoutMilliseconds { get; set; } = 1000;

    /// <summary>A server's reading is reused this long; callers asking within it share one query.</summary>
    [Range(1, 3600, ErrorMessage = "Games:QueryCacheSeconds must be between 1 and 3600 seconds.")]
    public int QueryCacheSeconds { get; set; } = 15;

    /// <summary>How often <c>restart &lt;server&gt; --when-empty</c> reads the player count.</summary>
    [Range(1, 3600, ErrorMessage = "Games:EmptyCheckSeconds must be between 1 and 3600 seconds.")]
    public int EmptyCheckSeconds { get; set; } = 15;

    public TimeSpan QueryTimeout => TimeSpan.FromMilliseconds(QueryTimeoutMilliseconds);

    public TimeSpan QueryCache => TimeSpan.FromSeconds(QueryCacheSeconds);
}
