using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>
/// Two real bot processes on one SQLite database: the second stands by (no gateway connection, <c>/readyz</c> says
/// standby) and, when the active one is killed, takes over within 30 s and answers the next command.
/// </summary>
public sealed partial class StandbyInstanceTests(DiscordAndSandbox setup, ITestOutputHelper output)
    : IClassFixture<DiscordAndSandbox>, IDisposable
{
    private const int LeaseSeconds = 6;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("serverstatus-standby-");

    private FakeDiscordServer Discord => setup.Discord;

    [Fact]
    public async Task TheSecondInstanceStandsBy_AndTakesOverWithin30Seconds_WhenTheActiveOneIsKilled()
    {
        await setup.EnsureServerAsync();
        await using var active = await StartAsync("active");
        var activeSession = await Eventually.ValueAsync(() => Discord.Gateway.CurrentSessionId, "the first instance identifies", Patience);

        await using var standby = await StartAsync("standby");
        await Eventually.HoldsAsync(() => standby.Output.Contains("Standby: ", StringComparison.Ordinal), "the second instance says it stands by", Patience, seen: () => standby.Output);
        var readiness = await ReadinessAsync(standby);

        readiness.Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        readiness.Body.ShouldContain("Standby: ");
        Discord.Gateway.Connections.Count(c => c.EndedAt is null).ShouldBe(1, "only the active instance connects to Discord");
        Discord.Gateway.CurrentSessionId.ShouldBe(activeSession);

        await active.KillAsync();
        var killed = Stopwatch.StartNew();
        await Eventually.HoldsAsync(() => Discord.Gateway.CurrentSessionId != activeSession, "the standby identifies", TimeSpan.FromSeconds(30), seen: () => standby.Output);
        output.WriteLine($"took over {killed.Elapsed.TotalSeconds:0.0} s after the kill");

        var reply = await Discord.WaitForReplyAsync(await Discord.SayAsync(TestApp.AdminId, "$status"), Patience);
        FakeDiscordServer.Text(reply).ShouldContain(DiscordAndSandbox.ServerName);
        (await ReadinessAsync(standby)).Body.ShouldNotContain("Standby: ");
        output.WriteLine(standby.Output);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _work.Delete(recursive: true);
    }

    private async Task<BotProcess> StartAsync(string name)
    {
        var settings = BotUnderTest.Settings(setup.Sandbox, Discord, _work.FullName);
        settings["Logging:File:Path"] = Path.Combine(_work.FullName, name, "latest.log");
        settings["Instance:LeaseSeconds"] = LeaseSeconds.ToString(CultureInfo.InvariantCulture);
        var bot = BotProcess.Start(settings, _work.FullName);
        await Eventually.HoldsAsync(() => bot.HasExited || Listener().IsMatch(bot.Output), $"the {name} instance listens", Patience, seen: () => bot.Output);
        bot.HasExited.ShouldBeFalse(bot.Output);
        return bot;
    }

    private static async Task<(HttpStatusCode Status, string Body)> ReadinessAsync(BotProcess bot)
    {
        using var http = new HttpClient { BaseAddress = new Uri(Listener().Match(bot.Output).Groups["url"].Value) };
        using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listener();
}
