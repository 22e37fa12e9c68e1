using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Metrics;
using ServerStatus.TestSupport.Fakes;
using SkiaSharp;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>
/// <c>graph</c> through the fake Discord, the whole bot on the real engine. The resource history comes from a seeded
/// store registered in place of the bot's own (the database store is built on another branch; switch to it after merging).
/// </summary>
public sealed class GraphCommandTests(GraphCommandTests.Setup fixture) : BotTests<GraphCommandTests.Setup>(fixture)
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task AnswersWithAPngChart_WhenTheServerHasHistory()
    {
        await Sandbox.CreateServerAsync("plotted");
        Fixture.Metrics.Seed("local/plotted", SeededMetricsStore.Wave(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1), 300));

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
        Fixture.Metrics.Seed("local/left", SeededMetricsStore.Wave(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1), 50));
        Fixture.Metrics.Seed("local/right", SeededMetricsStore.Wave(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1), 50));

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
        Fixture.Metrics.Seed("local/private", SeededMetricsStore.Wave(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1), 30));

        var hidden = await Discord.AskAsync(Stranger, "$graph private");
        var missing = await Discord.AskAsync(Stranger, "$graph nowhere");

        hidden.ShouldContain("No server named `private`.");
        missing.ShouldContain("No server named `nowhere`.");
    }

    /// <summary>Registers the seeded resource history in place of the bot's store (none is registered on this branch yet).</summary>
    public sealed class Setup : BotFixture
    {
        public SeededMetricsStore Metrics { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IMetricsStore>(Metrics);
    }
}
