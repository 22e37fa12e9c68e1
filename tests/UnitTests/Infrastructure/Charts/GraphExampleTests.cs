using System.Diagnostics;
using ServerStatus.Application.Graphs;
using ServerStatus.Application.Metrics;
using ServerStatus.Infrastructure.Charts;
using ServerStatus.TestSupport;
using SkiaSharp;
using Xunit.Abstractions;

namespace ServerStatus.UnitTests.Infrastructure.Charts;

/// <summary>
/// The README's example chart (<c>docs/images/graph-example.png</c>): two servers over a day with an incident, a restart,
/// a backup and a restore. Rendered on every run; written to the docs and timed (1h, 24h, 30d) only with
/// <c>SERVERSTATUS_WRITE_GRAPH_EXAMPLE=1</c>.
/// </summary>
public sealed class GraphExampleTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset To = new(2026, 12, 3, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RendersTheReadmeExample_WhenRun()
    {
        var png = await new ScottPlotChartRenderer().RenderPngAsync(Example(), default);

        using var bitmap = SKBitmap.Decode(png).ShouldNotBeNull();
        bitmap.Width.ShouldBe(ChartLayout.Width);
        if (Environment.GetEnvironmentVariable("SERVERSTATUS_WRITE_GRAPH_EXAMPLE") == "1")
        {
            await File.WriteAllBytesAsync(Path.Combine(RepositoryRoot(), "docs", "images", "graph-example.png"), png);
            Time("1h", TimeSpan.FromHours(1));
            Time("24h", TimeSpan.FromHours(24));
            Time("30d", TimeSpan.FromDays(30));
        }
    }

    private static ChartModel Example()
    {
        var from = To.AddHours(-24);
        var mc = MetricWaves.Wave(To, TimeSpan.FromMinutes(2), 720, limitBytes: 3L << 30).ToList();
        var web = MetricWaves.Wave(To, TimeSpan.FromMinutes(2), 720, limitBytes: 0, cpuPeak: 25)
            .Select(p => p with { MemoryMin = p.MemoryMin / 3, MemoryAverage = p.MemoryAverage / 3, MemoryMax = p.MemoryMax / 3, MemoryLimitBytes = null })
            .Where(p => p.At < To.AddHours(-9.5) || p.At > To.AddHours(-9)).ToList();
        return new ChartModel("mc, web · last 24h · UTC", from, To, [new ChartSeries("mc", mc), new ChartSeries("web", web)],
        [
            new ChartMarker(To.AddHours(-15), MarkerKind.Backup, "mc: scheduled backup by system"),
            new ChartMarker(To.AddHours(-9.5), MarkerKind.Incident, "web: OOM kill"),
            new ChartMarker(To.AddHours(-9), MarkerKind.Power, "web: start by 284675"),
            new ChartMarker(To.AddHours(-4), MarkerKind.Restore, "mc: restore by 284675"),
            new ChartMarker(To.AddHours(-2), MarkerKind.Power, "mc: restart by 284675"),
        ]);
    }

    // A 30-day chart is 48 h of raw samples (30 s) plus 15-minute roll-ups before them.
    private void Time(string label, TimeSpan range)
    {
        var raw = (int)Math.Min(range.TotalMinutes * 2, 48 * 60 * 2);
        var rollups = range > TimeSpan.FromHours(48) ? (int)((range.TotalHours - 48) * 4) : 0;
        List<MetricPoint> points = [.. MetricWaves.Wave(To.AddHours(-48), TimeSpan.FromMinutes(15), rollups), .. MetricWaves.Wave(To, TimeSpan.FromSeconds(30), raw)];
        var chart = new ChartModel($"mc · last {label} · UTC", To - range, To, [new ChartSeries("mc", points)], [new ChartMarker(To - range / 2, MarkerKind.Incident, "crash")]);
        ScottPlotChartRenderer.Render(chart);
        var times = Enumerable.Range(0, 10).Select(_ =>
        {
            var watch = Stopwatch.StartNew();
            ScottPlotChartRenderer.Render(chart);
            return watch.Elapsed.TotalMilliseconds;
        }).Order().ToList();
        output.WriteLine($"{label}: {points.Count} points, median {times[5]:0.0} ms, max {times[^1]:0.0} ms");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ServerStatus.sln")))
        {
            directory = directory.Parent;
        }

        return directory.ShouldNotBeNull("ServerStatus.sln above the test output").FullName;
    }
}
