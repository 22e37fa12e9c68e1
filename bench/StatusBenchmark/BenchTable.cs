using System.Globalization;
using System.Text;

namespace ServerStatus.StatusBenchmark;

/// <summary>
/// One part's rows of the benchmark table (measure | goal | measured | met), printed and written to
/// <c>artifacts/bench/&lt;part&gt;.md</c>, which scripts/bench.sh joins into <c>bench.md</c>.
/// </summary>
internal sealed class BenchTable(string part, string title)
{
    private readonly List<string> _rows = [];

    public bool AllMet { get; private set; } = true;

    /// <summary>A measure with a goal.</summary>
    public BenchTable Goal(string measure, string goal, string measured, bool met)
    {
        AllMet &= met;
        _rows.Add($"| {measure} | {goal} | {measured} | {(met ? "yes" : "**no**")} |");
        return this;
    }

    /// <summary>A measure without a goal of its own: a reference or a split.</summary>
    public BenchTable Info(string measure, string measured)
    {
        _rows.Add($"| {measure} | — | {measured} | |");
        return this;
    }

    /// <summary>Prints the table and writes it; returns whether every goal was met.</summary>
    public bool Write()
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"### {title}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, load average {Load()} at the end.")
            .AppendLine()
            .AppendLine("| measure | goal | measured | met |")
            .AppendLine("|---|---|---|---|");
        foreach (var row in _rows)
        {
            text.AppendLine(row);
        }

        Console.WriteLine(text.ToString());
        Directory.CreateDirectory(Path.Combine("artifacts", "bench"));
        File.WriteAllText(Path.Combine("artifacts", "bench", part + ".md"), text.ToString());
        return AllMet;
    }

    // Others share the machine: their load is part of the result.
    private static string Load() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
