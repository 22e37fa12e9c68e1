using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Audit;
using ServerStatus.Infrastructure.Persistence;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>
/// The audit command end to end: the whole bot against the fake Discord, the real engine and SQLite. Every test
/// starts from an empty audit log (the shared bot's reset).
/// </summary>
public sealed class AuditCommandTests(AuditCommandTests.Setup fixture) : BotTests<AuditCommandTests.Setup>(fixture)
{
    private const ulong Player = 5151;

    private Task<IReadOnlyList<AuditEntry>> RowsAsync() => RowsAsync(Bot);

    private static async Task<IReadOnlyList<AuditEntry>> RowsAsync(BotUnderTest bot)
    {
        await using var scope = bot.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecentAsync(null, 100, CancellationToken.None);
    }

    [Fact]
    public async Task ListsTheRecentCommands_ToAnAdmin()
    {
        await Discord.AskAsync(TestApp.AdminId, "$status alpha");
        await Discord.AskAsync(TestApp.AdminId, "$restart beta");

        var reply = await Discord.AskAsync(TestApp.AdminId, "$audit");

        reply.ShouldContain("Audit log");
        reply.ShouldContain($"<@{TestApp.AdminId}>");
        reply.ShouldContain("`restart beta` · `beta` · ✅ ok");
        reply.ShouldContain("`status alpha` · `alpha` · ✅ ok");
        reply.IndexOf("restart beta", StringComparison.Ordinal).ShouldBeLessThan(reply.IndexOf("status alpha", StringComparison.Ordinal));
        reply.ShouldContain("<t:");
    }

    [Fact]
    public async Task RefusesANonAdmin_AndAuditsTheRefusal()
    {
        var reply = await Discord.AskAsync(Player, "$audit");

        reply.ShouldContain("Only admins may use this command.");
        var row = (await RowsAsync()).ShouldHaveSingleItem();
        row.Command.ShouldBe("audit");
        row.ActorId.ShouldBe(Player);
        row.Outcome.ShouldBe(AuditOutcome.Denied);
        row.GuildId.ShouldBe(FakeDiscordServer.GuildId);
        row.ChannelId.ShouldBe(FakeDiscordServer.ChannelId);
    }

    [Fact]
    public async Task FiltersByServerAndCount()
    {
        for (var i = 0; i < 6; i++)
        {
            await Discord.AskAsync(TestApp.AdminId, "$status alpha");
        }

        await Discord.AskAsync(TestApp.AdminId, "$status beta");

        var reply = await Discord.AskAsync(TestApp.AdminId, "$audit alpha 5");

        reply.Split("`status alpha`").Length.ShouldBe(6);
        reply.ShouldNotContain("`beta`");
        reply.ShouldContain("Audit log — `alpha`");
    }

    [Fact]
    public async Task AnswersTheSlashCommand()
    {
        await Discord.AskAsync(TestApp.AdminId, "$status beta");

        var token = await Discord.SlashAsync(TestApp.AdminId, "audit", new { server = "beta", count = 3 });
        var interaction = await Discord.WaitForAnswerAsync(token);

        FakeDiscordServer.Text(interaction.Original ?? throw new InvalidOperationException("no original")).ShouldContain("`status beta`");
    }

    [Fact]
    public async Task SaysWhatIsWrong_WithABadCount()
    {
        var reply = await Discord.AskAsync(TestApp.AdminId, "$audit alpha 500");

        reply.ShouldContain("Ask for 1 to 100 entries.");
        (await RowsAsync()).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Invalid);
    }

    [Fact]
    public async Task SaysTheCountsRange_ForANegativeCount_InChatAndSlash()
    {
        var reply = await Discord.AskAsync(TestApp.AdminId, "$audit -1");
        var token = await Discord.SlashAsync(TestApp.AdminId, "audit", new { count = -100 });
        var interaction = await Discord.WaitForAnswerAsync(token);

        reply.ShouldContain("Ask for 1 to 100 entries.");
        reply.ShouldNotContain("server name");
        FakeDiscordServer.Text(interaction.Original ?? throw new InvalidOperationException("no original")).ShouldContain("Ask for 1 to 100 entries.");
    }

    [Fact]
    public async Task ShowsTheUserTheErrorIdOfTheAuditRowAndTheLog_WhenACommandFailsUnexpectedly()
    {
        // A bot of its own: the shared bot's database must keep its tables.
        await using var bot = await Fixture.StartAnotherAsync();
        await using (var scope = bot.App.Services.CreateAsyncScope())
        {
            // Breaks the rights lookup of non-admins (an unexpected database failure), not the audit table.
            await scope.ServiceProvider.GetRequiredService<ServerStatusDbContext>().Database.ExecuteSqlRawAsync("DROP TABLE Grants");
        }

        var reply = await bot.Discord.AskAsync(Player, "$status");

        reply.ShouldContain("Something went wrong");
        var reference = Regex.Match(reply, "Reference: `([0-9a-f]{8})`").Groups[1].Value;
        reference.ShouldNotBeEmpty();
        var row = (await RowsAsync(bot)).ShouldHaveSingleItem();
        row.Outcome.ShouldBe(AuditOutcome.Failed);
        row.ErrorId.ShouldBe(reference);
        bot.Logs.Entries.ShouldContain(e => e.Level == LogLevel.Error && e.Message.Contains($"GetServerStatus by user {Player} failed unexpectedly", StringComparison.Ordinal)
            && e.Message.Contains(reference, StringComparison.Ordinal));
    }

    public sealed class Setup : BotFixture
    {
        protected override async Task BeforeStartAsync()
        {
            await Sandbox.CreateServerAsync("alpha");
            await Sandbox.CreateServerAsync("beta");
        }
    }
}
