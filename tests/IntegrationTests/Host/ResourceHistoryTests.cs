using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Metrics;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>
/// The resource history on the real engine: the whole bot samples a running busybox server every 5 s through the engine's
/// one-shot stats, stores the samples (CPU from the second one on) and shows their trend on the card through the fake Discord.
/// </summary>
public sealed class ResourceHistoryTests(ResourceHistoryTests.Setup fixture) : BotTests<ResourceHistoryTests.Setup>(fixture)
{
    // Two rounds of 5 s after the container appears, on a busy 2-core machine.
    private static readonly TimeSpan TwoRounds = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task StoresSamplesOfARunningServer_WithMemoryAndCpuFromTheSecondOn()
    {
        await Sandbox.CreateServerAsync("sampled");

        var points = await Eventually.ValueAsync(() => ReadAsync("local/sampled"), p => p.Count >= 2, "two samples of sampled are stored", TwoRounds);

        points.ShouldAllBe(p => p.MemoryAverage > 0 && p.Span == TimeSpan.Zero);
        points[0].CpuAverage.ShouldBeNull();
        points[1].CpuAverage.ShouldNotBeNull().ShouldBeInRange(0, 200);
    }

    [Fact]
    public async Task ShowsTheTrendOnTheCard_OnceTheServerHasHistory()
    {
        await Sandbox.CreateServerAsync("trended");
        await Sandbox.CreateServerAsync("idle", start: false);
        await Eventually.ValueAsync(() => ReadAsync("local/trended"), p => p.Any(s => s.CpuAverage is not null), "a sample of trended with CPU is stored", TwoRounds);

        var trended = await Discord.AskAsync(TestApp.AdminId, "$status trended");
        var idle = await Discord.AskAsync(TestApp.AdminId, "$status idle");

        idle.ShouldNotContain(" in 24 h");
        trended.ShouldMatch(@"CPU avg \d+% / peak \d+% · memory avg [\d.]+ [KMG]?i?B / peak [\d.]+ [KMG]?i?B in 24 h");
    }

    private async Task<IReadOnlyList<MetricPoint>> ReadAsync(string server)
    {
        await using var scope = Bot.App.Services.CreateAsyncScope();
        var now = DateTimeOffset.UtcNow;
        return await scope.ServiceProvider.GetRequiredService<IMetricsStore>().ReadAsync(server, now.AddHours(-1), now.AddMinutes(1), default);
    }

    /// <summary>Samples every 5 s (the least allowed), so two rounds fit a test.</summary>
    public sealed class Setup : BotFixture
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Metrics:Enabled"] = "true";
            settings["Metrics:SampleSeconds"] = "5";
        }
    }
}
