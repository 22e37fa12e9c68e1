using System.Globalization;
using ServerStatus.IntegrationTests.Fixtures;
using ServerStatus.StatusBenchmark;

// The benchmarks of the bot run as its own process, on containers the scripts created (scripts/bench.sh,
// scripts/bench-alerts.sh, scripts/bench-board.sh). The bot is its published executable or an assembly (run with dotnet);
// without one, the Release build beside this program.
const string Usage = """
    usage: StatusBenchmark startup <label key=value> <card container> [restarts] [bot]
           StatusBenchmark overview <label key=value> <servers> [rounds] [bot]       (engines: SERVERSTATUS_TEST_DOCKER and _DOCKER2)
           StatusBenchmark card <label key=value> <container> [starts] [bot]
           StatusBenchmark backup <label key=value> <container> <MiB[,MiB...]> [rounds] [bot]
           StatusBenchmark alerts <label key=value> [kills] [bot assembly]
           StatusBenchmark board <label key=value> [seconds of state changes] [changes per minute] [bot assembly]
    """;

var met = args switch
{
    ["startup", var label, var card, .. var rest] =>
        await StartupBenchmark.RunAsync(Launch(label, rest, 1, TestEngines.Primary), card, Number(rest, 0, 5)),
    ["overview", var label, var servers, .. var rest] =>
        await OverviewBenchmark.RunAsync(Launch(label, rest, 1, TestEngines.Primary, TestEngines.Secondary), Number([servers], 0, 0), Number(rest, 0, 20)),
    ["card", var label, var server, .. var rest] =>
        await CardBenchmark.RunAsync(Launch(label, rest, 1, TestEngines.Primary), server, Number(rest, 0, 5)),
    ["backup", var label, var server, var sizes, .. var rest] =>
        await BackupBenchmark.RunAsync(Launch(label, rest, 1, TestEngines.Primary), server,
            [.. sizes.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))], Number(rest, 0, 4)),
    ["alerts", var label, .. var rest] => await AlertBenchmark.RunAsync(label, Number(rest, 0, 20), rest.ElementAtOrDefault(1)),
    ["board", var label, .. var rest] =>
        await BoardBenchmark.RunAsync(label, TimeSpan.FromSeconds(Number(rest, 0, 300)), Number(rest, 1, 10), rest.ElementAtOrDefault(2)),
    _ => (bool?)null,
};
if (met is null)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

Console.WriteLine(met.Value ? "GOALS MET" : "GOALS MISSED");
return met.Value ? 0 : 1;

static int Number(string[] options, int index, int fallback) =>
    options.Length > index ? int.Parse(options[index], CultureInfo.InvariantCulture) : fallback;

static BotLaunch Launch(string label, string[] options, int botIndex, params Uri[] engines) =>
    new(options.ElementAtOrDefault(botIndex), label, engines);
