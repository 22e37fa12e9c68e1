using System.Globalization;
using ScottPlot;
using ServerStatus.Application.Graphs;
using ServerStatus.Application.Metrics;
using SkiaSharp;

namespace ServerStatus.Infrastructure.Charts;

/// <summary>
/// Draws a <see cref="ChartModel"/> with ScottPlot on SkiaSharp, on the thread pool: CPU % above memory, one colour per
/// server (a min–max band and the average line), the memory limit dashed, events as vertical lines with labels, on a
/// white card with dark text (readable in Discord's dark and light themes).
/// </summary>
public sealed class ScottPlotChartRenderer : IChartRenderer
{
    /// <summary>More markers than this are drawn without numbers and key (the legend still names their colours).</summary>
    public const int MaxLabelledMarkers = ChartLayout.KeyRows * 2;

    internal static readonly Color[] SeriesColors =
        [Color.FromHex("#1F77B4"), Color.FromHex("#2CA02C"), Color.FromHex("#8C564B"), Color.FromHex("#E377C2"), Color.FromHex("#17BECF"), Color.FromHex("#7F7F7F")];

    private static readonly Color Ink = Color.FromHex("#23272A");
    private static readonly Color Card = Color.FromHex("#FFFFFF");
    private static readonly Color Paper = Color.FromHex("#F7F8FA");
    private static readonly Color GridLines = Color.FromHex("#DADDE1");

    public Task<byte[]> RenderPngAsync(ChartModel chart, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Task.Run(() => Render(chart), ct);
    }

    internal static Color ColorOf(MarkerKind kind) => kind switch
    {
        MarkerKind.Incident => Color.FromHex("#D62728"),
        MarkerKind.Power => Color.FromHex("#FF8C00"),
        MarkerKind.Backup => Color.FromHex("#0B6E4F"),
        MarkerKind.Update => Color.FromHex("#1F77B4"),
        _ => Color.FromHex("#7B2CBF"),
    };

    /// <summary>Renders synchronously (callers off the gateway go through <see cref="RenderPngAsync"/>).</summary>
    internal static byte[] Render(ChartModel chart)
    {
        EmbeddedFont.Install();
        var (from, to) = (X(chart.From), X(chart.To));
        var memory = MemoryUnit.For(chart.Series);

        var labels = ChartTimeLabels.For(chart.Culture);
        var cpu = Pane(from, to, labels, top: true);
        cpu.YLabel("CPU %");
        var mem = Pane(from, to, labels, top: false);
        mem.YLabel($"Memory ({memory.Name})");
        mem.XLabel("time (UTC)");

        for (var i = 0; i < chart.Series.Count; i++)
        {
            var series = chart.Series[i];
            var color = SeriesColors[i % SeriesColors.Length];
            foreach (var segment in Segments(Thin(series.Points, chart.From, chart.To)))
            {
                DrawCpu(cpu, segment, color);
                DrawMemory(mem, segment, color, memory);
            }

            if (series.Points.LastOrDefault(p => p.MemoryLimitBytes is > 0)?.MemoryLimitBytes is { } limit)
            {
                var line = mem.Add.HorizontalLine(limit / memory.Bytes, 1.5f, color, LinePattern.Dashed);
                line.LegendText = "";
                line.Text = "limit";
                line.LabelFontColor = Card;
                line.LabelBackgroundColor = color;
                line.LabelFontSize = 11;
            }
        }

        cpu.Axes.SetLimitsY(0, Math.Max(10, Max(chart.Series, p => p.CpuMax ?? p.CpuAverage ?? 0) * 1.15));
        mem.Axes.SetLimitsY(0, Math.Max(1, Max(chart.Series, p => Math.Max(p.MemoryMax, p.MemoryLimitBytes ?? 0)) / memory.Bytes * 1.12));
        var numbered = DrawMarkers(chart, cpu, mem, from, to);

        using var surface = SKSurface.Create(new SKImageInfo(ChartLayout.Width, ChartLayout.Height))
            ?? throw new InvalidOperationException("SkiaSharp could not create a drawing surface.");
        surface.Canvas.Clear(SKColors.White);
        DrawPane(surface.Canvas, cpu, 0, ChartLayout.Split);
        DrawPane(surface.Canvas, mem, ChartLayout.Split, ChartLayout.PanesBottom);
        ChartLegend.DrawTitle(surface.Canvas, chart.Title);
        ChartLegend.Draw(surface.Canvas, chart, numbered);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    // Each pane on a surface of its own (a plot clears the whole canvas it is given), then placed on the card.
    private static void DrawPane(SKCanvas canvas, Plot plot, int top, int bottom)
    {
        using var pane = SKSurface.Create(new SKImageInfo(ChartLayout.Width, bottom - top))
            ?? throw new InvalidOperationException("SkiaSharp could not create a drawing surface.");
        plot.Render(pane);
        using var image = pane.Snapshot();
        canvas.DrawImage(image, 0, top);
    }

    private static Plot Pane(double from, double to, ChartTimeLabels labels, bool top)
    {
        var plot = new Plot();
        plot.Font.Set(EmbeddedFont.Name);
        plot.FigureBackground.Color = Card;
        plot.DataBackground.Color = Paper;
        plot.Axes.Color(Ink);
        plot.Grid.MajorLineColor = GridLines;
        var axis = plot.Axes.DateTimeTicksBottom();
        if (axis.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic ticks)
        {
            ticks.LabelFormatter = labels.Format;
        }

        plot.Axes.SetLimitsX(from, to);
        var (paneTop, paneBottom) = top ? (0, ChartLayout.Split) : (ChartLayout.Split, ChartLayout.PanesBottom);
        var (dataTop, dataBottom) = top ? (ChartLayout.CpuTop, ChartLayout.CpuBottom) : (ChartLayout.MemoryTop, ChartLayout.MemoryBottom);
        plot.Layout.Fixed(new PixelPadding(ChartLayout.PlotLeft, ChartLayout.Width - ChartLayout.PlotRight, paneBottom - dataBottom, dataTop - paneTop));
        if (top)
        {
            plot.Axes.Bottom.TickLabelStyle.IsVisible = false;
        }

        return plot;
    }

    private static void DrawCpu(Plot plot, IReadOnlyList<MetricPoint> points, Color color)
    {
        var measured = points.Where(p => p.CpuAverage is not null).ToList();
        if (measured.Count == 0)
        {
            return;
        }

        var xs = measured.Select(p => X(p.At)).ToArray();
        Band(plot, xs, [.. measured.Select(p => p.CpuMin ?? p.CpuAverage ?? 0)], [.. measured.Select(p => p.CpuMax ?? p.CpuAverage ?? 0)], color);
        Line(plot, xs, [.. measured.Select(p => p.CpuAverage ?? 0)], color);
    }

    private static void DrawMemory(Plot plot, IReadOnlyList<MetricPoint> points, Color color, MemoryUnit unit)
    {
        var xs = points.Select(p => X(p.At)).ToArray();
        Band(plot, xs, [.. points.Select(p => p.MemoryMin / unit.Bytes)], [.. points.Select(p => p.MemoryMax / unit.Bytes)], color);
        Line(plot, xs, [.. points.Select(p => p.MemoryAverage / unit.Bytes)], color);
    }

    private static void Band(Plot plot, double[] xs, double[] low, double[] high, Color color)
    {
        if (xs.Length < 2 || low.AsSpan().SequenceEqual(high))
        {
            return;
        }

        var band = plot.Add.FillY(xs, low, high);
        band.FillColor = color.WithAlpha(0.22);
        band.LineWidth = 0;
        band.LegendText = "";
    }

    private static void Line(Plot plot, double[] xs, double[] ys, Color color)
    {
        var line = plot.Add.ScatterLine(xs, ys, color);
        line.LineWidth = 2;
        line.LegendText = "";
        if (xs.Length == 1)
        {
            line.MarkerSize = 5;
        }
    }

    /// <summary>Draws the markers in range on both panes, numbered on top when few enough for the key; returns those numbered.</summary>
    private static List<ChartMarker> DrawMarkers(ChartModel chart, Plot cpu, Plot mem, double from, double to)
    {
        var shown = chart.Markers.Where(m => X(m.At) >= from && X(m.At) <= to).ToList();
        var numbered = shown.Count <= MaxLabelledMarkers;
        for (var i = 0; i < shown.Count; i++)
        {
            var color = ColorOf(shown[i].Kind);
            var width = shown[i].Kind == MarkerKind.Incident ? 2.5f : 1.8f;
            foreach (var pane in new[] { cpu, mem })
            {
                var line = pane.Add.VerticalLine(X(shown[i].At), width, color);
                line.LegendText = "";
                if (numbered && pane == cpu)
                {
                    line.Text = (i + 1).ToString(CultureInfo.InvariantCulture);
                    line.LabelOppositeAxis = true;
                    line.LabelFontColor = Card;
                    line.LabelBackgroundColor = color;
                    line.LabelFontSize = 11;
                }
            }
        }

        return numbered ? shown : [];
    }

    /// <summary>
    /// At most about two points per pixel column: points that fall in the same slice of the range are merged (their
    /// minimum, average and maximum), so a month of raw samples draws as fast as a day.
    /// </summary>
    private static IReadOnlyList<MetricPoint> Thin(IReadOnlyList<MetricPoint> points, DateTimeOffset from, DateTimeOffset to)
    {
        var slices = 2 * (ChartLayout.PlotRight - ChartLayout.PlotLeft);
        if (points.Count <= slices)
        {
            return points;
        }

        var slice = (to - from) / slices;
        return [.. points.GroupBy(p => (long)((p.At - from) / slice)).Select(g => Merge([.. g]))];
    }

    private static MetricPoint Merge(List<MetricPoint> group)
    {
        if (group.Count == 1)
        {
            return group[0];
        }

        var cpu = group.Where(p => p.CpuAverage is not null).ToList();
        var covered = group[^1].At - group[0].At;
        var span = group.Max(p => p.Span) > covered ? group.Max(p => p.Span) : covered;
        return new MetricPoint(
            group[0].At,
            span,
            cpu.Count == 0 ? null : cpu.Min(p => p.CpuMin ?? p.CpuAverage),
            cpu.Count == 0 ? null : cpu.Average(p => p.CpuAverage),
            cpu.Count == 0 ? null : cpu.Max(p => p.CpuMax ?? p.CpuAverage),
            group.Min(p => p.MemoryMin),
            (long)group.Average(p => p.MemoryAverage),
            group.Max(p => p.MemoryMax),
            group.LastOrDefault(p => p.MemoryLimitBytes is not null)?.MemoryLimitBytes);
    }

    internal static string KindName(MarkerKind kind) => kind switch
    {
        MarkerKind.Incident => "incident",
        MarkerKind.Power => "start/stop/restart/kill",
        MarkerKind.Backup => "backup",
        MarkerKind.Update => "update/rollback",
        _ => "restore",
    };

    // Points further apart than three of their usual steps are not joined: the server was not running in between.
    private static IEnumerable<IReadOnlyList<MetricPoint>> Segments(IReadOnlyList<MetricPoint> points)
    {
        var segment = new List<MetricPoint>();
        for (var i = 0; i < points.Count; i++)
        {
            if (i > 0 && points[i].At - points[i - 1].At > Gap(points[i - 1], points[i]))
            {
                yield return segment;
                segment = [];
            }

            segment.Add(points[i]);
        }

        if (segment.Count > 0)
        {
            yield return segment;
        }
    }

    private static TimeSpan Gap(MetricPoint before, MetricPoint after)
    {
        var step = before.Span > after.Span ? before.Span : after.Span;
        return step < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(3) : step * 3;
    }

    private static double Max(IReadOnlyList<ChartSeries> series, Func<MetricPoint, double> value) =>
        series.SelectMany(s => s.Points).Select(value).DefaultIfEmpty(0).Max();

    private static double X(DateTimeOffset at) => at.UtcDateTime.ToOADate();

    private sealed record MemoryUnit(string Name, double Bytes)
    {
        private static readonly MemoryUnit MiB = new("MiB", 1024d * 1024);
        private static readonly MemoryUnit GiB = new("GiB", 1024d * 1024 * 1024);

        public static MemoryUnit For(IReadOnlyList<ChartSeries> series) =>
            Max(series, p => Math.Max(p.MemoryMax, p.MemoryLimitBytes ?? 0)) >= 2 * GiB.Bytes ? GiB : MiB;
    }
}
