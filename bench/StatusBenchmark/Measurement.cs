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

        samples.Sort();
        return new Measurement(samples[samples.Count / 2], samples[(int)Math.Ceiling(samples.Count * 0.95) - 1], lastWork);
    }

    public void Report(string what) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-34} median {Median,8:0.0} ms   p95 {P95,8:0.0} ms"));
}
