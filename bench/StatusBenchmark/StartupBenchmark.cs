using System.Diagnostics;
using System.Globalization;
using ServerStatus.IntegrationTests.Fixtures;
using ServerStatus.IntegrationTests.Support;
using ServerStatus.TestSupport;

namespace ServerStatus.StatusBenchmark;

/// <summary>
/// The bot as a separate process, as it is deployed: time from process start to the gateway Identify
/// at the fake Discord, and resident memory when idle and after answering commands.
/// </summary>
internal static class StartupBenchmark
{
    public static async Task<bool> RunAsync(string label)
    {
        await using var discord = await FakeDiscordServer.StartAsync();
        var work = Directory.CreateTempSubdirectory("serverstatus-startup-");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = work.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ServerStatus.Presentation.Discord.dll"));
        start.Environment["Discord__Token"] = discord.Rest.Token;
        start.Environment["Discord__ApiBaseUrl"] = discord.Rest.BaseUrl.ToString();
        start.Environment["Discord__GuildId"] = FakeDiscordServer.GuildId.ToString(CultureInfo.InvariantCulture);
        start.Environment["Permissions__Admins__0"] = TestApp.AdminId.ToString(CultureInfo.InvariantCulture);
        start.Environment["Urls"] = "http://127.0.0.1:0";
        start.Environment["Database__Path"] = Path.Combine(work.FullName, "bench.db");
        start.Environment["Docker__Discovery__Mode"] = "Label";
        start.Environment["Docker__Discovery__Label"] = label;
        start.Environment["Logging__MinimumLevel"] = "Warning";
        start.Environment["Logging__File__Path"] = Path.Combine(work.FullName, "latest.log");
        foreach (var (key, value) in Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .Where(e => e.Key is string k && k.StartsWith("BENCH_DOTNET_", StringComparison.Ordinal)))
        {
            start.Environment[((string)key)["BENCH_".Length..]] = (string?)value;
        }

        var watch = Stopwatch.StartNew();
        using var bot = Process.Start(start) ?? throw new InvalidOperationException("could not start the bot");
        _ = bot.StandardOutput.ReadToEndAsync();
        _ = bot.StandardError.ReadToEndAsync();
        try
        {
            await Eventually.HoldsAsync(() => discord.Gateway.FramesWithOp(2).Count > 0, "the bot identifies", TimeSpan.FromSeconds(60));
            var ready = watch.Elapsed;
            await Task.Delay(TimeSpan.FromSeconds(5));
            var idle = ResidentKiB(bot.Id);
            for (var i = 0; i < 20; i++)
            {
                var asked = await discord.SayAsync(TestApp.AdminId, "$status");
                await discord.WaitForReplyAsync(asked, TimeSpan.FromSeconds(30));
            }

            var busy = ResidentKiB(bot.Id);
            Console.WriteLine("process: the bot started as deployed, against the fake Discord");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"start -> gateway identify          {ready.TotalMilliseconds,8:0} ms   (goal: <= 2000 ms)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"resident memory idle               {idle / 1024.0,8:0.0} MiB (goal: < 100 MiB)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"resident memory after 20 $status   {busy / 1024.0,8:0.0} MiB"));
            return ready.TotalMilliseconds <= 2000 && idle < 100 * 1024;
        }
        finally
        {
            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
    }

    private static long ResidentKiB(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }
}
