using System.Globalization;
using ServerStatus.StatusBenchmark;

// Benchmarks against the containers scripts/bench-status.sh or scripts/bench-alerts.sh created.
// Usage: StatusBenchmark <label key=value> <card container name> [rounds]
//        StatusBenchmark alerts <label key=value> [rounds] [bot assembly]
//        StatusBenchmark board <label key=value> [seconds of state changes] [changes per minute] [bot assembly]
//        StatusBenchmark startup <label key=value> <card container name> [restarts] [bot executable or assembly]
if (args is ["startup", var startupLabel, var startupCard, .. var startupOptions])
{
    var restarts = startupOptions.Length > 0 ? int.Parse(startupOptions[0], CultureInfo.InvariantCulture) : 5;
    var startupMet = await StartupBenchmark.RunAsync(startupLabel, startupCard, restarts, startupOptions.Length > 1 ? startupOptions[1] : null);
    Console.WriteLine(startupMet ? "GOALS MET" : "GOALS MISSED");
    return startupMet ? 0 : 1;
}

if (args is ["alerts", var label, .. var rest])
{
    var kills = rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 20;
    var alertsMet = await AlertBenchmark.RunAsync(label, kills, rest.Length > 1 ? rest[1] : null);
    Console.WriteLine(alertsMet ? "GOALS MET" : "GOALS MISSED");
    return alertsMet ? 0 : 1;
}

if (args is ["board", var boardLabel, .. var options])
{
    var seconds = options.Length > 0 ? int.Parse(options[0], CultureInfo.InvariantCulture) : 300;
    var perMinute = options.Length > 1 ? int.Parse(options[1], CultureInfo.InvariantCulture) : 10;
    var boardMet = await BoardBenchmark.RunAsync(boardLabel, TimeSpan.FromSeconds(seconds), perMinute, options.Length > 2 ? options[2] : null);
    Console.WriteLine(boardMet ? "GOALS MET" : "GOALS MISSED");
    return boardMet ? 0 : 1;
}

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: StatusBenchmark <discovery label key=value> <card container name> [rounds]");
    Console.Error.WriteLine("       StatusBenchmark alerts <discovery label key=value> [kills] [bot assembly]");
    Console.Error.WriteLine("       StatusBenchmark board <discovery label key=value> [seconds] [changes per minute] [bot assembly]");
    Console.Error.WriteLine("       StatusBenchmark startup <discovery label key=value> <card container name> [restarts] [bot executable or assembly]");
    return 2;
}

var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
var useCases = await UseCaseBenchmark.RunAsync(args[0], args[1], rounds);
var endToEnd = await DiscordReplyBenchmark.RunAsync(args[0], rounds);
var startup = await StartupBenchmark.RunAsync(args[0], args[1], 1, null);
var met = useCases && endToEnd && startup;
Console.WriteLine(met ? "GOALS MET" : "GOALS MISSED");
return met ? 0 : 1;
