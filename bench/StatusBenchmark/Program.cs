using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Presentation.Discord.Hosting;

// Times the status overview and the single-server card through the real pipeline against the
// containers scripts/bench-status.sh created, and the docker CLI doing the same work, in one run.
// Usage: StatusBenchmark <label key=value> <one container name> [rounds]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: StatusBenchmark <discovery label key=value> <card container name> [rounds]");
    return 2;
}

var label = args[0];
var cardName = args[1];
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
var workDirectory = Directory.CreateTempSubdirectory("serverstatus-bench-");

var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Discord:Token"] = "benchmark",
    ["Database:Path"] = Path.Combine(workDirectory.FullName, "bench.db"),
    ["Docker:Discovery:Mode"] = "Label",
    ["Docker:Discovery:Label"] = label,
});
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddServerStatus();
using var host = builder.Build();
var problems = await host.Services.GetRequiredService<StartupChecks>().RunAsync(CancellationToken.None);
if (problems.Count > 0)
{
    Console.Error.WriteLine(string.Join(Environment.NewLine, problems));
    return 1;
}

var sender = host.Services.GetRequiredService<ActorScopedSender>();
var actor = Actor.System;

var overview = await MeasureAsync(async () =>
{
    var result = await sender.SendAsync(actor, new GetServerStatus([]));
    return ((StatusOverview)result.Value).Servers.Count;
});
var card = await MeasureAsync(async () =>
{
    var result = await sender.SendAsync(actor, new GetServerStatus([cardName]));
    return ((ServerCard)result.Value).Details.Usage is null ? 0 : 1;
});
var dockerPs = await MeasureAsync(() => DockerCliAsync("ps", "-a"));
var dockerInspect = await MeasureAsync(() => DockerCliAsync("inspect", cardName));

Console.WriteLine($"rounds: {rounds} (after 3 warm-ups); servers listed: {overview.Work}");
Report("status overview (use case)", overview);
Report("docker ps -a (CLI)", dockerPs);
Report("status card (use case)", card);
Report("docker inspect (CLI)", dockerInspect);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"overview / docker ps -a = {overview.Median / dockerPs.Median:0.00}  (goal: < 1, and <= 100 ms)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"card / docker inspect  = {card.Median / dockerInspect.Median:0.00}  (goal: card <= 300 ms)"));
var pass = overview.Median < dockerPs.Median && overview.Median <= 100 && card.Median <= 300;
Console.WriteLine(pass ? "GOALS MET" : "GOALS MISSED");

host.Dispose();
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
workDirectory.Delete(recursive: true);
return pass ? 0 : 1;

async Task<Measurement> MeasureAsync(Func<Task<int>> work)
{
    var lastWork = 0;
    for (var i = 0; i < 3; i++)
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

static async Task<int> DockerCliAsync(params string[] arguments)
{
    var start = new ProcessStartInfo("docker") { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start) ?? throw new InvalidOperationException("docker CLI not found");
    var output = await process.StandardOutput.ReadToEndAsync();
    await process.WaitForExitAsync();
    return output.Length;
}

static void Report(string what, Measurement m) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-28} median {m.Median,8:0.0} ms   p95 {m.P95,8:0.0} ms"));

internal sealed record Measurement(double Median, double P95, int Work);
