using DiscordApi.Messages;
using ServerStatus.Application.Metrics;
using ServerStatus.Domain.Servers;
using ServerStatus.Presentation.Discord.Board;

namespace ServerStatus.UnitTests.Presentation.Board;

public sealed class BoardRendererTests
{
    [Fact]
    public void ShowsTheUpdateTimeCountsAndOneLinePerServer_WhenTheBoardIsSmall()
    {
        var board = BoardSamples.Board();
        var content = BoardSamples.Content(board, 0) with
        {
            Overview = new([BoardSamples.Server("mc"), BoardSamples.Server("web", ServerState.Exited)], [], []),
        };

        var message = BoardRenderer.Render(content, BoardSamples.At).ShouldHaveSingleItem();

        var text = message.Embeds.ShouldHaveSingleItem().Description.ShouldNotBeNull();
        text.ShouldContain($"<t:{BoardSamples.At.ToUnixTimeSeconds()}:R>");
        text.ShouldContain("🟢 1 running · 🔴 1 stopped · 🟠 0 unhealthy");
        text.ShouldContain("**mc** — Up 2 hours");
        text.ShouldContain("**web** — Exited (0) 5 minutes ago");
    }

    [Fact]
    public void ShowsCpuAndMemoryAfterTheStatus_WhenARunningServerHasALatestSample()
    {
        var content = BoardSamples.Content(BoardSamples.Board(), 0) with
        {
            Overview = new([BoardSamples.Server("mc"), BoardSamples.Server("db"), BoardSamples.Server("idle"), BoardSamples.Server("web", ServerState.Exited)], [], []),
            Usage = new Dictionary<string, MetricPoint>
            {
                ["local/mc"] = Point(12.4, 512L * 1024 * 1024),
                ["local/idle"] = Point(null, 2048),
                ["local/web"] = Point(50, 1024),
            },
        };

        var text = BoardRenderer.Render(content, BoardSamples.At).ShouldHaveSingleItem().Embeds.ShouldHaveSingleItem().Description.ShouldNotBeNull();

        var lines = text.Split('\n');
        lines.ShouldContain(l => l.EndsWith("**mc** — Up 2 hours · CPU 12% · 512 MiB", StringComparison.Ordinal));
        lines.ShouldContain(l => l.EndsWith("**idle** — Up 2 hours · 2 KiB", StringComparison.Ordinal));
        lines.ShouldContain(l => l.EndsWith("**db** — Up 2 hours", StringComparison.Ordinal));
        lines.ShouldContain(l => l.EndsWith("**web** — Exited (0) 5 minutes ago", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(120)]
    [InlineData(600)]
    public void SplitsEveryServerOverMessagesWithinDiscordsLimits_WhenTheBoardIsLarge(int servers)
    {
        var content = BoardSamples.Content(BoardSamples.Board(), servers);

        var messages = BoardRenderer.Render(content, BoardSamples.At);

        foreach (var message in messages)
        {
            Should.NotThrow(() => MessageValidator.Validate(message));
            message.Embeds.Count.ShouldBeLessThanOrEqualTo(DiscordLimits.EmbedsPerMessage);
            message.Embeds.Sum(e => e.TotalLength).ShouldBeLessThanOrEqualTo(DiscordLimits.EmbedTotalLength);
        }

        var lines = messages.SelectMany(m => m.Embeds).SelectMany(e => (e.Description ?? "").Split('\n')).Where(l => l.Contains("**server-", StringComparison.Ordinal)).ToList();
        lines.Count.ShouldBe(servers);
        lines.ShouldBe(lines.Order(StringComparer.Ordinal).ToList()); // in order across messages
    }

    [Fact]
    public void GivesTheSameFingerprint_OnlyWhenTheMessageLooksTheSame()
    {
        var content = BoardSamples.Content(BoardSamples.Board(), 3);

        var first = BoardRenderer.Fingerprint(BoardRenderer.Render(content, BoardSamples.At)[0]);
        var again = BoardRenderer.Fingerprint(BoardRenderer.Render(content, BoardSamples.At)[0]);
        var later = BoardRenderer.Fingerprint(BoardRenderer.Render(content, BoardSamples.At.AddMinutes(1))[0]);

        again.ShouldBe(first);
        later.ShouldNotBe(first);
    }

    private static MetricPoint Point(double? cpu, long memory) =>
        new(BoardSamples.At, TimeSpan.Zero, cpu, cpu, cpu, memory, memory, memory, null);
}
