namespace ServerStatus.Infrastructure.Charts;

/// <summary>
/// Where a chart's parts sit, in pixels: two panes (CPU above memory) sharing the time axis and its left and right
/// edges, then a strip with the legend and the key of the numbered markers.
/// </summary>
internal static class ChartLayout
{
    public const int Width = 1000;
    public const int Height = 720;

    public const int PlotLeft = 80;
    public const int PlotRight = Width - 24;

    /// <summary>The CPU pane's data area (below the title and the markers' numbers).</summary>
    public const int CpuTop = 60;
    public const int CpuBottom = 320;

    /// <summary>The memory pane's data area (above the time axis).</summary>
    public const int MemoryTop = 338;
    public const int MemoryBottom = 560;

    /// <summary>The boundary between the two panes' images, and the end of the second.</summary>
    public const int Split = 329;
    public const int PanesBottom = 610;

    /// <summary>The legend's row and the rows of the markers' key below it (two columns).</summary>
    public const int LegendTop = 618;
    public const int RowHeight = 20;
    public const int KeyRows = 4;

    /// <summary>The pixel column of <paramref name="at"/> in either pane.</summary>
    public static double XOf(DateTimeOffset at, DateTimeOffset from, DateTimeOffset to) =>
        PlotLeft + (PlotRight - PlotLeft) * (at - from).TotalMilliseconds / (to - from).TotalMilliseconds;
}
