namespace ServerStatus.StatusBenchmark;

/// <summary>
/// Which bot a benchmark starts and on what: the executable or assembly (null: the Release build beside the benchmark),
/// the discovery label of the benchmark's containers, the engines (named <c>local</c>, <c>second</c>, … in this order)
/// and any settings of the part under measurement (keys as environment variables, <c>Backups__Directory</c>).
/// </summary>
internal sealed record BotLaunch(string? Bot, string Label, IReadOnlyList<Uri> Engines, IReadOnlyDictionary<string, string>? Settings = null)
{
    public static readonly string[] EngineNames = ["local", "second", "third", "fourth"];

    public string Describe => Bot ?? "the Release build (dotnet)";
}
