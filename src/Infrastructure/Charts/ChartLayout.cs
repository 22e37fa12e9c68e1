namespace ServerStatus.Infrastructure.Charts;

/// <summary>Where a chart's parts sit, in pixels: two panes (CPU above memory) sharing the time axis and its left and right edges.</summary>
internal static class ChartLayout
{
    public const int Width = 1000;
    public const int Height = 640;

    public const int PlotLeft = 80;
    public const int PlotRight = Width - 24;

    /// <summary>The CPU pane's data area (below the title).</summary>
    public const int CpuTop = 48;
    public const int CpuBottom = 320;

    /// <summary>The memory pane's data area (above the time axis and the legend).</summary>
    public const int MemoryTop = 338;
    public const int MemoryBottom = 560;

    /// <summary>The boundary between the two panes' images.</summary>
    public const int Split = 329;

    /// <summary>The pixel column of <paramref name="at"/> in either pane.</summary>
    public static double XOf(DateTimeOffset at, DateTimeOffset from, DateTimeOffset to) =>
        PlotLeft + (PlotRight - PlotLeft) * (at - from).TotalMilliseconds / (to - from).TotalMilliseconds;
}
