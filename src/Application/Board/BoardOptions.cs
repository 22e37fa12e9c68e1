using System.ComponentModel.DataAnnotations;

namespace ServerStatus.Application.Board;

/// <summary>Configuration section <c>Board</c>: how often status boards are refreshed, how often they may be edited, and how often a user may refresh one.</summary>
public sealed class BoardOptions
{
    public const string Section = "Board";

    /// <summary>Boards are rendered again this often even without events (uptimes move on).</summary>
    [Range(10, 3600, ErrorMessage = "Board:RefreshSeconds must be between 10 and 3600.")]
    public int RefreshSeconds { get; set; } = 60;

    /// <summary>At most one edit per board within this many seconds (Discord allows about 5 edits per 5 s per channel).</summary>
    [Range(1, 300, ErrorMessage = "Board:MinEditSeconds must be between 1 and 300.")]
    public int MinEditSeconds { get; set; } = 5;

    /// <summary>A user may press a board's Refresh button once within this many seconds (the board's edits still keep <see cref="MinEditSeconds"/>).</summary>
    [Range(1, 3600, ErrorMessage = "Board:RefreshCooldownSeconds must be between 1 and 3600.")]
    public int RefreshCooldownSeconds { get; set; } = 30;
}
