using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.StatusBenchmark;

/// <summary>The status overview and card through the real pipeline, against <c>docker ps -a</c> and <c>docker inspect</c>.</summary>
internal static class UseCaseBenchmark
{
    public static async Task<bool> RunAsync(string label, string cardName, int rounds)
    {
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
            throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        }

        var sender = host.Services.GetRequiredService<ActorScopedSender>();
        var overview = await Measurement.OfAsync(rounds, async () =>
            ((StatusOverview)(await sender.SendAsync(Actor.System, new GetServerStatus([]))).Value).Servers.Count);
        var card = await Measurement.OfAsync(rounds, async () =>
            ((ServerCard)(await sender.SendAsync(Actor.System, new GetServerStatus([cardName]))).Value).Details.Usage is null ? 0 : 1);
        var dockerPs = await Measurement.OfAsync(rounds, () => DockerCli.RunAsync("ps", "-a"));
        var dockerInspect = await Measurement.OfAsync(rounds, () => DockerCli.RunAsync("inspect", cardName));

        Console.WriteLine($"use cases: {rounds} rounds after {Measurement.WarmUps} warm-ups; servers listed: {overview.Work}");
        overview.Report("status overview (use case)");
        dockerPs.Report("docker ps -a (CLI)");
        card.Report("status card (use case)");
        dockerInspect.Report("docker inspect (CLI)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"overview / docker ps -a = {overview.Median / dockerPs.Median:0.00}  (goal: < 1, and <= 100 ms)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"card / docker inspect  = {card.Median / dockerInspect.Median:0.00}  (goal: card <= 300 ms)"));

        host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        workDirectory.Delete(recursive: true);
        return overview.Median < dockerPs.Median && overview.Median <= 100 && card.Median <= 300;
    }
}
