using ServerStatus.Application.Graphs;
using ServerStatus.Infrastructure.Charts;
using ServerStatus.TestSupport;
using SkiaSharp;

namespace ServerStatus.UnitTests.Infrastructure.Charts;

public sealed class ScottPlotChartRendererTests
{
    private static readonly DateTimeOffset To = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset From = To.AddHours(-24);
    private static readonly SKColor Series = new(0x1F, 0x77, 0xB4);
    private static readonly SKColor Red = new(0xD6, 0x27, 0x28);

    private readonly ScottPlotChartRenderer _renderer = new();

    [Fact]
    public async Task RendersAPngOfTheChartSize_WhenGivenPoints()
    {
        using var bitmap = await RenderAsync([]);

        (bitmap.Width, bitmap.Height).ShouldBe((ChartLayout.Width, ChartLayout.Height));
    }

    [Fact]
    public async Task DrawsTheSeriesInBothPanes_WhenGivenPoints()
    {
        using var bitmap = await RenderAsync([]);

        Count(bitmap, Series, ChartLayout.CpuTop, ChartLayout.CpuBottom).ShouldBeGreaterThan(500);
        Count(bitmap, Series, ChartLayout.MemoryTop, ChartLayout.MemoryBottom).ShouldBeGreaterThan(500);
    }

    [Fact]
    public async Task LeavesThePlotAreaEmpty_WhenThereAreNoPoints()
    {
        using var png = SKBitmap.Decode(await _renderer.RenderPngAsync(new ChartModel("mc", From, To, [new ChartSeries("mc", [])], []), default));

        Count(png, Series, ChartLayout.CpuTop, ChartLayout.CpuBottom).ShouldBe(0);
    }

    [Fact]
    public async Task DrawsAMarkerAtItsTime_WhenAnIncidentHappenedInTheRange()
    {
        var at = From.AddHours(15);

        using var bitmap = await RenderAsync([new ChartMarker(at, MarkerKind.Incident, "crash (exit 3)")]);

        var x = (int)Math.Round(ChartLayout.XOf(at, From, To));
        var rows = Enumerable.Range(ChartLayout.MemoryTop + 5, ChartLayout.MemoryBottom - ChartLayout.MemoryTop - 10).ToList();
        rows.Count(y => Enumerable.Range(x - 2, 5).Any(c => Near(bitmap.GetPixel(c, y), Red))).ShouldBeGreaterThan(rows.Count * 8 / 10);
        rows.Count(y => Enumerable.Range(x - 60, 5).Any(c => Near(bitmap.GetPixel(c, y), Red))).ShouldBe(0);
    }

    private async Task<SKBitmap> RenderAsync(IReadOnlyList<ChartMarker> markers)
    {
        var png = await _renderer.RenderPngAsync(Chart(markers), default);
        return SKBitmap.Decode(png).ShouldNotBeNull();
    }

    private static ChartModel Chart(IReadOnlyList<ChartMarker> markers) =>
        new("mc · last 24h · UTC", From, To, [new ChartSeries("mc", [.. MetricWaves.Wave(To, TimeSpan.FromMinutes(5), 12 * 24)])], markers);

    private static int Count(SKBitmap bitmap, SKColor color, int top, int bottom)
    {
        var count = 0;
        for (var y = top; y < bottom; y++)
        {
            for (var x = ChartLayout.PlotLeft; x < ChartLayout.PlotRight; x++)
            {
                count += Near(bitmap.GetPixel(x, y), color) ? 1 : 0;
            }
        }

        return count;
    }

    private static bool Near(SKColor a, SKColor b) =>
        Math.Abs(a.Red - b.Red) < 40 && Math.Abs(a.Green - b.Green) < 40 && Math.Abs(a.Blue - b.Blue) < 40;
}
