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
    /// <summary>More markers than this are drawn without labels (the legend still names their colours).</summary>
    public const int MaxLabelledMarkers = 12;

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
        _ => Color.FromHex("#7B2CBF"),
    };

    /// <summary>Renders synchronously (callers off the gateway go through <see cref="RenderPngAsync"/>).</summary>
    internal static byte[] Render(ChartModel chart)
    {
        EmbeddedFont.Install();
        var (from, to) = (X(chart.From), X(chart.To));
        var memory = MemoryUnit.For(chart.Series);

        var cpu = Pane(from, to, top: true);
        cpu.Title(chart.Title, size: 17);
        cpu.Axes.Title.Label.ForeColor = Ink;
        cpu.YLabel("CPU %");
        var mem = Pane(from, to, top: false);
        mem.YLabel($"Memory ({memory.Name})");
        mem.XLabel("time (UTC)");

        for (var i = 0; i < chart.Series.Count; i++)
        {
            var series = chart.Series[i];
            var color = SeriesColors[i % SeriesColors.Length];
            var first = true;
            foreach (var segment in Segments(series.Points))
            {
                DrawCpu(cpu, segment, color, first ? series.Name : null);
                DrawMemory(mem, segment, color, memory);
                first = false;
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
        DrawMarkers(chart, cpu, mem, from, to);
        Legend(chart, cpu);

        using var surface = SKSurface.Create(new SKImageInfo(ChartLayout.Width, ChartLayout.Height))
            ?? throw new InvalidOperationException("SkiaSharp could not create a drawing surface.");
        surface.Canvas.Clear(SKColors.White);
        cpu.Render(surface.Canvas, new PixelRect(0, ChartLayout.Width, ChartLayout.Split, 0));
        mem.Render(surface.Canvas, new PixelRect(0, ChartLayout.Width, ChartLayout.Height, ChartLayout.Split));
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static Plot Pane(double from, double to, bool top)
    {
        var plot = new Plot();
        plot.Font.Set(EmbeddedFont.Name);
        plot.FigureBackground.Color = Card;
        plot.DataBackground.Color = Paper;
        plot.Axes.Color(Ink);
        plot.Grid.MajorLineColor = GridLines;
        plot.Axes.DateTimeTicksBottom();
        plot.Axes.SetLimitsX(from, to);
        var (paneTop, paneBottom) = top ? (0, ChartLayout.Split) : (ChartLayout.Split, ChartLayout.Height);
        var (dataTop, dataBottom) = top ? (ChartLayout.CpuTop, ChartLayout.CpuBottom) : (ChartLayout.MemoryTop, ChartLayout.MemoryBottom);
        plot.Layout.Fixed(new PixelPadding(ChartLayout.PlotLeft, ChartLayout.Width - ChartLayout.PlotRight, paneBottom - dataBottom, dataTop - paneTop));
        if (top)
        {
            plot.Axes.Bottom.TickLabelStyle.IsVisible = false;
        }

        return plot;
    }

    private static void DrawCpu(Plot plot, IReadOnlyList<MetricPoint> points, Color color, string? legend)
    {
        var measured = points.Where(p => p.CpuAverage is not null).ToList();
        if (measured.Count == 0)
        {
            return;
        }

        var xs = measured.Select(p => X(p.At)).ToArray();
        Band(plot, xs, [.. measured.Select(p => p.CpuMin ?? p.CpuAverage ?? 0)], [.. measured.Select(p => p.CpuMax ?? p.CpuAverage ?? 0)], color);
        Line(plot, xs, [.. measured.Select(p => p.CpuAverage ?? 0)], color, legend);
    }

    private static void DrawMemory(Plot plot, IReadOnlyList<MetricPoint> points, Color color, MemoryUnit unit)
    {
        var xs = points.Select(p => X(p.At)).ToArray();
        Band(plot, xs, [.. points.Select(p => p.MemoryMin / unit.Bytes)], [.. points.Select(p => p.MemoryMax / unit.Bytes)], color);
        Line(plot, xs, [.. points.Select(p => p.MemoryAverage / unit.Bytes)], color, null);
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

    private static void Line(Plot plot, double[] xs, double[] ys, Color color, string? legend)
    {
        var line = plot.Add.ScatterLine(xs, ys, color);
        line.LineWidth = 2;
        line.LegendText = legend ?? "";
        if (xs.Length == 1)
        {
            line.MarkerSize = 5;
        }
    }

    private static void DrawMarkers(ChartModel chart, Plot cpu, Plot mem, double from, double to)
    {
        var labelled = chart.Markers.Count <= MaxLabelledMarkers;
        var cpuTop = cpu.Axes.GetLimits().Top;
        foreach (var marker in chart.Markers)
        {
            var x = X(marker.At);
            if (x < from || x > to)
            {
                continue;
            }

            var color = ColorOf(marker.Kind);
            var width = marker.Kind == MarkerKind.Incident ? 2.5f : 1.8f;
            foreach (var pane in new[] { cpu, mem })
            {
                var line = pane.Add.VerticalLine(x, width, color);
                line.LegendText = "";
            }

            if (labelled)
            {
                var text = cpu.Add.Text(marker.Label, x, cpuTop);
                text.LabelFontColor = color;
                text.LabelFontSize = 11;
                text.LabelRotation = -90;
                text.LabelAlignment = Alignment.UpperRight;
                text.LabelBackgroundColor = Card.WithAlpha(0.8);
                text.OffsetX = -2;
                text.OffsetY = 4;
            }
        }
    }

    private static void Legend(ChartModel chart, Plot cpu)
    {
        var kinds = chart.Markers.Select(m => m.Kind).Distinct().Order();
        foreach (var kind in kinds)
        {
            cpu.Legend.ManualItems.Add(new LegendItem { LabelText = KindName(kind), LineColor = ColorOf(kind), LineWidth = 2.5f });
        }

        for (var i = 0; i < chart.Series.Count; i++)
        {
            cpu.Legend.ManualItems.Insert(i, new LegendItem { LabelText = chart.Series[i].Name, LineColor = SeriesColors[i % SeriesColors.Length], LineWidth = 3, FillColor = SeriesColors[i % SeriesColors.Length].WithAlpha(0.22) });
        }

        cpu.Legend.IsVisible = true;
        cpu.Legend.Alignment = Alignment.UpperLeft;
        cpu.Legend.Orientation = Orientation.Horizontal;
        cpu.Legend.FontColor = Ink;
        cpu.Legend.FontSize = 12;
        cpu.Legend.BackgroundColor = Card.WithAlpha(0.9);
        cpu.Legend.OutlineColor = GridLines;
    }

    private static string KindName(MarkerKind kind) => kind switch
    {
        MarkerKind.Incident => "incident",
        MarkerKind.Power => "start/stop/restart/kill",
        MarkerKind.Backup => "backup",
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
