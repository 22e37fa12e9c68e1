using System.Diagnostics;
using System.Globalization;

namespace ServerStatus.StatusBenchmark;

/// <summary>Median and 95th percentile of repeated runs, after warm-ups.</summary>
internal sealed record Measurement(double Median, double P95, int Work)
{
    public const int WarmUps = 3;

    public static async Task<Measurement> OfAsync(int rounds, Func<Task<int>> work)
    {
        var lastWork = 0;
        for (var i = 0; i < WarmUps; i++)
        {
            lastWork = await work();
        }

        var samples = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            lastWork = await work();
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }

        return Of(samples, lastWork);
    }

    /// <summary>Median and 95th percentile (nearest rank) of samples measured elsewhere.</summary>
    public static Measurement Of(IEnumerable<double> samples, int work = 0)
    {
        var sorted = samples.Order().ToList();
        return new Measurement(sorted[sorted.Count / 2], sorted[(int)Math.Ceiling(sorted.Count * 0.95) - 1], work);
    }

    /// <summary>For a table cell: <c>41.2 ms median, 55.0 ms p95</c> (or in another unit).</summary>
    public string Text(string unit = "ms", string format = "0.0") =>
        string.Create(CultureInfo.InvariantCulture, $"{Median.ToString(format, CultureInfo.InvariantCulture)} {unit} median, {P95.ToString(format, CultureInfo.InvariantCulture)} {unit} p95");

    public void Report(string what) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-34} median {Median,8:0.0} ms   p95 {P95,8:0.0} ms"));
}
