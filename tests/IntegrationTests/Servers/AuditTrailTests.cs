using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServerStatus.Application.Audit;
using ServerStatus.Application.Bot;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Domain.Audit;
using ServerStatus.Domain.Permissions;
using ServerStatus.Infrastructure.Persistence;
using ServerStatus.IntegrationTests.Fixtures;

namespace ServerStatus.IntegrationTests.Servers;

/// <summary>The audit rows the real pipeline writes to the real SQLite file, for commands on real containers.</summary>
public sealed class AuditTrailTests : AppTestBase
{
    private const ulong Player = 601;
    private string _publicId = "";

    protected override async Task AfterStartAsync()
    {
        _publicId = await Sandbox.CreateServerAsync("public");
        await Sandbox.CreateServerAsync("secret");
        await App.GrantAsync(Subject.User(Player), Permission.All, "public");
    }

    private async Task<IReadOnlyList<AuditEntry>> RowsAsync(string? server = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecentAsync(server, 100, CancellationToken.None);
    }

    [Fact]
    public async Task RecordsOk_WithActorServersAndDuration_WhenARestartWorks()
    {
        var before = (await Sandbox.StateAsync(_publicId)).StartedAt;

        await App.SendAsync(TestApp.User(Player), new RunPowerAction(PowerAction.Restart, ["public"]));

        (await Sandbox.StateAsync(_publicId)).StartedAt.ShouldNotBe(before);
        var row = (await RowsAsync()).ShouldHaveSingleItem();
        row.Command.ShouldBe("restart");
        row.Outcome.ShouldBe(AuditOutcome.Ok);
        row.ActorId.ShouldBe(Player);
        row.GuildId.ShouldBe(1UL);
        row.ChannelId.ShouldBe(2UL);
        row.Servers.ShouldBe("public");
        row.Arguments.ShouldBe("public");
        row.DurationMs.ShouldBeGreaterThan(0);
        row.ErrorId.ShouldBeNull();
        row.At.ShouldBeInRange(DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task RecordsDenied_WhenAUserAsksForAHiddenServer()
    {
        await App.SendAsync(TestApp.User(Player), new RunPowerAction(PowerAction.Restart, ["secret"]));

        var row = (await RowsAsync()).ShouldHaveSingleItem();
        row.Outcome.ShouldBe(AuditOutcome.Denied);
        row.Servers.ShouldBe("secret");
        row.ActorId.ShouldBe(Player);
    }

    [Fact]
    public async Task RecordsInvalid_WhenANameIsMalformed()
    {
        await App.SendAsync(TestApp.User(Player), new GetServerStatus(["bad name!"]));

        var row = (await RowsAsync()).ShouldHaveSingleItem();
        row.Command.ShouldBe("status");
        row.Outcome.ShouldBe(AuditOutcome.Invalid);
    }

    [Fact]
    public async Task RecordsFailed_WhenTheServerDoesNotExist()
    {
        await App.SendAsync(TestApp.Admin, new RunPowerAction(PowerAction.Restart, ["nosuch"]));

        var row = (await RowsAsync()).ShouldHaveSingleItem();
        row.Outcome.ShouldBe(AuditOutcome.Failed);
        row.ActorId.ShouldBe(TestApp.AdminId);
    }

    [Fact]
    public async Task FiltersByServer_NewestFirst()
    {
        await App.SendAsync(TestApp.Admin, new GetServerStatus(["public"]));
        await App.SendAsync(TestApp.Admin, new GetServerStatus(["secret"]));
        await App.SendAsync(TestApp.Admin, new RunPowerAction(PowerAction.Restart, ["PUBLIC", "secret"]));

        var forPublic = await RowsAsync("Public");

        forPublic.Select(r => r.Command).ShouldBe(["restart", "status"]);
        (await RowsAsync()).Count.ShouldBe(3);
    }

    [Fact]
    public async Task WritesTheRowButNotTheRequestsPendingChanges()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(TestApp.Admin);
            var db = scope.ServiceProvider.GetRequiredService<ServerStatusDbContext>();
            db.Grants.Add(Grant.Create(Subject.User(4711), Permission.All, GrantScope.Everywhere, TestApp.AdminId, DateTimeOffset.UtcNow));

            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetBotUptime());
        }

        (await RowsAsync()).ShouldHaveSingleItem().Command.ShouldBe("uptime");
        await using var check = App.Services.CreateAsyncScope();
        (await check.ServiceProvider.GetRequiredService<ServerStatusDbContext>().Grants.CountAsync(g => g.SubjectId == 4711)).ShouldBe(0);
    }

    [Fact]
    public async Task RecordsFailed_AndSavesNothingElse_WhenTheHandlerFails()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(TestApp.Admin);
            var db = scope.ServiceProvider.GetRequiredService<ServerStatusDbContext>();
            db.Grants.Add(Grant.Create(Subject.User(4712), Permission.All, GrantScope.Everywhere, TestApp.AdminId, DateTimeOffset.UtcNow));

            await Should.ThrowAsync<OperationCanceledException>(
                scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetServerStatus(["public"]), cancelled.Token).AsTask());
        }

        var row = (await RowsAsync()).ShouldHaveSingleItem();
        row.Outcome.ShouldBe(AuditOutcome.Failed);
        row.Servers.ShouldBe("public");
        await using var check = App.Services.CreateAsyncScope();
        (await check.ServiceProvider.GetRequiredService<ServerStatusDbContext>().Grants.CountAsync(g => g.SubjectId == 4712)).ShouldBe(0);
    }

    [Fact]
    public async Task KeepsTheLogLines_ForEveryRequest()
    {
        await App.SendAsync(TestApp.User(Player), new RunPowerAction(PowerAction.Restart, ["secret"]));

        App.Logs.Entries.ShouldContain(e => e.Level == LogLevel.Information && e.Message.Contains($"RunPowerAction (restart) by user {Player}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PrunesOnlyOlderRows_AsTheSystemActor()
    {
        await App.SendAsync(TestApp.Admin, new GetBotUptime());
        await using var scope = App.Services.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<IAuditLog>();
        await log.AppendAsync(AuditEntry.Record(DateTimeOffset.UtcNow.AddDays(-100), 1, false, null, null, "status", "", [], AuditOutcome.Ok, TimeSpan.Zero), CancellationToken.None);

        var result = await App.SendAsync(Actor.System, new PruneAudit(90));

        result.Value.Removed.ShouldBe(1);
        var rows = await RowsAsync();
        rows.Select(r => r.Command).ShouldBe(["prune audit", "uptime"]);
        rows[0].IsSystem.ShouldBeTrue();
        rows[0].Arguments.ShouldBe("90");
    }
}
