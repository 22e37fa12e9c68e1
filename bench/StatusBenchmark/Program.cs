using System.Globalization;
using ServerStatus.StatusBenchmark;

// Benchmarks of the status command against the containers scripts/bench-status.sh created.
// Usage: StatusBenchmark <label key=value> <card container name> [rounds]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: StatusBenchmark <discovery label key=value> <card container name> [rounds]");
    return 2;
}

var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
var useCases = await UseCaseBenchmark.RunAsync(args[0], args[1], rounds);
var endToEnd = await DiscordReplyBenchmark.RunAsync(args[0], rounds);
var startup = await StartupBenchmark.RunAsync(args[0]);
var met = useCases && endToEnd && startup;
Console.WriteLine(met ? "GOALS MET" : "GOALS MISSED");
return met ? 0 : 1;
