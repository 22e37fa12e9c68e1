using System.Globalization;
using ServerStatus.Application.Graphs;
using SkiaSharp;

namespace ServerStatus.Infrastructure.Charts;

/// <summary>
/// The title above the panes and the strip below them: one row naming the servers' and the markers' colours, then the key of the numbered
/// markers (number, time, what happened) in two columns.
/// </summary>
internal static class ChartLegend
{
    private static readonly SKColor Ink = SKColor.Parse("#23272A");

    /// <summary>The title, centred above the markers' numbers.</summary>
    public static void DrawTitle(SKCanvas canvas, string title)
    {
        using var font = new SKFont(EmbeddedFont.Typeface, 17) { Embolden = true };
        using var text = new SKPaint { Color = Ink, IsAntialias = true };
        var fitted = Fit(title, font, ChartLayout.PlotRight - ChartLayout.PlotLeft);
        canvas.DrawText(fitted, (ChartLayout.Width - font.MeasureText(fitted)) / 2, 26, font, text);
    }

    public static void Draw(SKCanvas canvas, ChartModel chart, IReadOnlyList<ChartMarker> numbered)
    {
        using var font = new SKFont(EmbeddedFont.Typeface, 13);
        using var small = new SKFont(EmbeddedFont.Typeface, 11);
        using var text = new SKPaint { Color = Ink, IsAntialias = true };
        var x = (float)ChartLayout.PlotLeft;
        var baseline = ChartLayout.LegendTop + 14f;
        var entries = chart.Series.Select((s, i) => (s.Name, Color: Sk(ScottPlotChartRenderer.SeriesColors[i % ScottPlotChartRenderer.SeriesColors.Length]), Width: 4f))
            .Concat(chart.Markers.Select(m => m.Kind).Distinct().Order().Select(k => (Name: ScottPlotChartRenderer.KindName(k), Color: Sk(ScottPlotChartRenderer.ColorOf(k)), Width: 2.5f)));
        foreach (var (name, color, width) in entries)
        {
            using var swatch = new SKPaint { Color = color, StrokeWidth = width, IsAntialias = true };
            canvas.DrawLine(x, baseline - 5, x + 20, baseline - 5, swatch);
            canvas.DrawText(name, x + 26, baseline, font, text);
            x += 26 + font.MeasureText(name) + 22;
        }

        var column = (ChartLayout.PlotRight - ChartLayout.PlotLeft) / 2f;
        var long_ = chart.To - chart.From > TimeSpan.FromHours(24);
        for (var i = 0; i < numbered.Count; i++)
        {
            var left = ChartLayout.PlotLeft + (i / ChartLayout.KeyRows * column);
            var y = ChartLayout.LegendTop + ((1 + (i % ChartLayout.KeyRows)) * ChartLayout.RowHeight) + 14f;
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            using var badge = new SKPaint { Color = Sk(ScottPlotChartRenderer.ColorOf(numbered[i].Kind)), IsAntialias = true };
            using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
            canvas.DrawRoundRect(new SKRect(left, y - 12, left + 18, y + 4), 3, 3, badge);
            canvas.DrawText(number, left + 9 - (small.MeasureText(number) / 2), y, small, white);
            var at = numbered[i].At.UtcDateTime.ToString(long_ ? "d MMM HH:mm" : "HH:mm", CultureInfo.InvariantCulture);
            canvas.DrawText(Fit($"{at}  {numbered[i].Label}", font, column - 30), left + 26, y, font, text);
        }
    }

    private static string Fit(string line, SKFont font, float width)
    {
        if (font.MeasureText(line) <= width)
        {
            return line;
        }

        while (line.Length > 1 && font.MeasureText(line + "…") > width)
        {
            line = line[..^1];
        }

        return line + "…";
    }

    private static SKColor Sk(ScottPlot.Color color) => new(color.R, color.G, color.B, color.A);
}
