using DiscordApi.Messages;
using ServerStatus.Application.Audit;
using ServerStatus.Domain.Audit;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.UnitTests.Presentation.Commands;

public sealed class AuditCommandsTests
{
    private static Result Parse(params string[] words) =>
        CommandCatalog.Default.Find("audit").ShouldNotBeNull().Prepare(CommandArguments.FromTokens(words)).Run is not null ? Result.Ok : Result.Refused;

    [Fact]
    public void AcceptsServerAndCount_InTheDocumentedForms()
    {
        Parse().ShouldBe(Result.Ok);
        Parse("25").ShouldBe(Result.Ok);
        Parse("mc").ShouldBe(Result.Ok);
        Parse("mc", "5").ShouldBe(Result.Ok);
        Parse("mc", "many").ShouldBe(Result.Refused);
        Parse("a", "b", "c").ShouldBe(Result.Refused);
        Parse("--all").ShouldBe(Result.Refused);
    }

    [Theory]
    [InlineData("-1", null, -1)]
    [InlineData("-100", null, -100)]
    [InlineData("99999999999", null, int.MaxValue)]
    [InlineData("mc,-5", "mc", -5)]
    public void ReadsASignedOrHugeNumber_AsTheCount(string words, string? server, int count)
    {
        var run = CommandCatalog.Default.Find("audit").ShouldNotBeNull().Prepare(CommandArguments.FromTokens(words.Split(','))).Run;

        run.ShouldNotBeNull().Message.ShouldBe(new ListAudit(server, count));
    }

    [Fact]
    public void IsAdminOnlyInTheCatalog() =>
        CommandCatalog.Default.Find("audit").ShouldNotBeNull().Requirement.AdminOnly.ShouldBeTrue();

    [Fact]
    public void FormatsALineWithTimestampMentionOutcomeDurationAndReference()
    {
        var line = new AuditLine(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000), 42, false, 1, 2, "restart", "mc `x`", "mc",
            AuditOutcome.Failed, TimeSpan.FromMilliseconds(120), "ab12cd34");

        var text = AuditReplies.Line(line);

        text.ShouldBe("<t:1800000000:R> · <@42> · `restart mc 'x'` · `mc` · ❌ failed · 120 ms · ref `ab12cd34`");
    }

    [Fact]
    public void SaysSystem_ForScheduledJobs()
    {
        var line = new AuditLine(DateTimeOffset.UnixEpoch, 0, true, null, null, "prune audit", "90", "", AuditOutcome.Ok, TimeSpan.Zero, null);

        AuditReplies.Line(line).ShouldStartWith("<t:0:R> · system · `prune audit 90` · ✅ ok");
    }

    [Fact]
    public void StaysWithinDiscordLimits_ForAHundredLongEntries()
    {
        var lines = Enumerable.Range(0, ListAudit.MaxCount).Select(i => new AuditLine(DateTimeOffset.UnixEpoch.AddMinutes(i), (ulong)i, false, 1, 2,
            "restart", string.Join(' ', Enumerable.Repeat("server-with-a-long-name", 40)), string.Join(", ", Enumerable.Repeat("server-with-a-long-name", 40)),
            AuditOutcome.Ok, TimeSpan.FromSeconds(1), null)).ToList();

        var reply = AuditReplies.List(new AuditView(null, lines));

        reply.Messages.Count.ShouldBeGreaterThan(1);
        foreach (var message in reply.Messages)
        {
            Should.NotThrow(() => MessageValidator.Validate(message));
        }

        string.Concat(reply.Messages.SelectMany(m => m.Embeds).Select(e => e.Description)).Split("<t:").Length.ShouldBe(lines.Count + 1);
    }

    private enum Result
    {
        Ok,
        Refused,
    }
}
