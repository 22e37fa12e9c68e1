using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Metrics;
using ServerStatus.TestSupport;
using SkiaSharp;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>
/// <c>graph</c> through the fake Discord, the whole bot on the real engine and its SQLite database. The history is
/// written into the bot's own metrics store (its sampler is off, so only what a test writes is there).
/// </summary>
public sealed class GraphCommandTests(GraphCommandTests.Setup fixture) : BotTests<GraphCommandTests.Setup>(fixture)
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task AnswersWithAPngChart_WhenTheServerHasHistory()
    {
        await Sandbox.CreateServerAsync("plotted");
        await SeedAsync("local/plotted", MetricWaves.Wave(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1), 300));

        var asked = await Discord.SayAsync(TestApp.AdminId, "$graph plotted 6h");
        var reply = await Discord.WaitForReplyAsync(asked);

        reply.Content.ShouldNotBeNull().ShouldContain("**plotted**, last 6h");
        var file = reply.Attachments.ShouldHaveSingleItem();
        file.FileName.ShouldBe("graph-plotted-6h.png");
        file.Content[..8].ShouldBe(PngSignature);
        using var bitmap = SKBitmap.Decode(file.Content).ShouldNotBeNull();
        (bitmap.Width, bitmap.Height).ShouldBe((1000, 720));
    }

    [Fact]
    public async Task AnswersTheSlashCommandWithAPngChart_WhenSeveralServersHaveHistory()
    {
        await Sandbox.CreateServerAsync("left");
        await Sandbox.CreateServerAsync("right");
        await SeedAsync("local/left", MetricWaves.Wave(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1), 50));
        await SeedAsync("local/right", MetricWaves.Wave(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1), 50));

        var token = await Discord.SlashAsync(TestApp.AdminId, "graph", new { servers = "left right", range = "1h" });
        var interaction = await Discord.WaitForAnswerAsync(token, i => i.Original?.Attachments.Count > 0);

        var file = interaction.Original.ShouldNotBeNull().Attachments.ShouldHaveSingleItem();
        file.FileName.ShouldBe("graph-left-right-1h.png");
        file.Content[..8].ShouldBe(PngSignature);
    }

    [Fact]
    public async Task SaysThereIsNoHistory_WhenNothingWasSampled()
    {
        await Sandbox.CreateServerAsync("fresh");

        var asked = await Discord.SayAsync(TestApp.AdminId, "$graph fresh");
        var reply = await Discord.WaitForReplyAsync(asked);

        reply.Attachments.ShouldBeEmpty();
        reply.Content.ShouldNotBeNull().ShouldContain("No resource history for **fresh** in the last 24h");
    }

    [Fact]
    public async Task AnswersAsForAMissingServer_WhenTheUserMayNotSeeIt()
    {
        const ulong Stranger = 7201;
        await Sandbox.CreateServerAsync("private");
        await SeedAsync("local/private", MetricWaves.Wave(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1), 30));

        var hidden = await Discord.AskAsync(Stranger, "$graph private");
        var missing = await Discord.AskAsync(Stranger, "$graph nowhere");

        hidden.ShouldContain("No server named `private`.");
        missing.ShouldContain("No server named `nowhere`.");
    }

    private async Task SeedAsync(string server, IEnumerable<MetricPoint> points)
    {
        await using var scope = Fixture.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMetricsStore>().AddAsync(MetricWaves.Samples(server, points), CancellationToken.None);
    }

    public sealed class Setup : BotFixture
    {
        protected override void Configure(Dictionary<string, string?> settings) => settings["Metrics:Enabled"] = "false";
    }
}
