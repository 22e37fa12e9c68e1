using System.Diagnostics;

namespace ServerStatus.StatusBenchmark;

/// <summary>
/// Several sides of one comparison measured in turn — the bot, the CLI, the bare API, the bot again, … — so that a
/// change of load on the shared machine hits every side alike; the first rounds warm up and are not counted.
/// </summary>
internal static class InterleavedRounds
{
    /// <summary>Each side's median and p95 over <paramref name="rounds"/> counted rounds; a side returns its round's milliseconds.</summary>
    public static async Task<IReadOnlyList<Measurement>> RunAsync(int warmUps, int rounds, IReadOnlyList<Func<Task<double>>> sides)
    {
        var samples = sides.Select(_ => new List<double>()).ToList();
        for (var round = 0; round < warmUps + rounds; round++)
        {
            for (var side = 0; side < sides.Count; side++)
            {
                var ms = await sides[side]();
                if (round >= warmUps)
                {
                    samples[side].Add(ms);
                }
            }
        }

        return [.. samples.Select(s => Measurement.Of(s))];
    }

    /// <summary>The milliseconds <paramref name="work"/> takes.</summary>
    public static async Task<double> TimeAsync(Func<Task> work)
    {
        var started = Stopwatch.GetTimestamp();
        await work();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
