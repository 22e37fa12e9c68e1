using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Security;
using ServerStatus.Presentation.Discord.Hosting;

// Backups through the real composition (as the bot runs it) of the server scripts/bench-backup.sh made, several
// rounds in one process: the first is cold (code not yet optimized by the JIT, first engine connection), the others
// are what a running bot does. Each backup is deleted after its round.
// Prints: cold seconds, median warm seconds, archive bytes, peak RSS of this process before and after (VmHWM).
// Usage: BackupBenchmark <discovery label key=value> <server name> <backup directory> [rounds]
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: BackupBenchmark <discovery label key=value> <server name> <backup directory> [rounds]");
    return 2;
}

var rounds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 4;

var workDirectory = Directory.CreateTempSubdirectory("serverstatus-bench-");
var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Discord:Token"] = "benchmark",
    ["Database:Path"] = Path.Combine(workDirectory.FullName, "bench.db"),
    ["Docker:Discovery:Mode"] = "Label",
    ["Docker:Discovery:Label"] = args[0],
    ["Backups:Directory"] = args[2],
    ["Backups:MinFreeSpaceMegabytes"] = "0",
});
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddServerStatus();
using (var host = builder.Build())
{
    var problems = await host.Services.GetRequiredService<StartupChecks>().RunAsync(CancellationToken.None);
    if (problems.Count > 0)
    {
        Console.Error.WriteLine(string.Join(Environment.NewLine, problems));
        return 1;
    }

    var sender = host.Services.GetRequiredService<ActorScopedSender>();
    var before = PeakRssKib();
    var seconds = new List<double>();
    long archiveBytes = 0;
    for (var round = 0; round < rounds; round++)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"bench-{round}");
        var watch = Stopwatch.StartNew();
        var result = await sender.SendAsync(Actor.System, new CreateBackup(args[1], name));
        watch.Stop();
        if (!result.IsSuccess)
        {
            Console.Error.WriteLine(result.Errors[0].Message);
            return 1;
        }

        seconds.Add(watch.Elapsed.TotalSeconds);
        archiveBytes = result.Value.SizeBytes;
        await sender.SendAsync(Actor.System, new DeleteBackup(args[1], name));
    }

    var warm = seconds.Skip(1).Order().ToList();
    var median = warm.Count == 0 ? seconds[0] : warm[warm.Count / 2];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"cold_seconds={seconds[0]:0.000} warm_seconds={median:0.000} archive_bytes={archiveBytes} peak_rss_kib_before={before} peak_rss_kib_after={PeakRssKib()}"));
}

Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
workDirectory.Delete(recursive: true);
return 0;

static long PeakRssKib()
{
    var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
    return line is null ? -1 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
