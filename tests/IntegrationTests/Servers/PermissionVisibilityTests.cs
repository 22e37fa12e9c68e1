using Microsoft.Extensions.Logging;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.IntegrationTests.Servers;

/// <summary>What a user may see and do, by grants on real containers; every test starts with the player's grant on <c>public</c> only.</summary>
public sealed class PermissionVisibilityTests(PermissionVisibilityTests.Setup fixture) : AppTests<PermissionVisibilityTests.Setup>(fixture)
{
    private const ulong Player = 501;
    private const ulong Moderators = 9001;

    [Fact]
    public async Task ListsOnlyGrantedServers_WhenAUserAsksForTheOverview()
    {
        var result = await App.SendAsync(TestApp.User(Player), new GetServerStatus([]));

        result.Value.ShouldBeOfType<StatusOverview>().Servers.Select(s => s.Id.Name).ShouldBe(["public"]);
    }

    [Fact]
    public async Task AnswersAHiddenServerExactlyLikeAMissingOne()
    {
        var hidden = await App.SendAsync(TestApp.User(Player), new RunPowerAction(PowerAction.Restart, ["secret"]));
        var missing = await App.SendAsync(TestApp.User(Player), new RunPowerAction(PowerAction.Restart, ["nosuch"]));

        var hiddenLine = hidden.Value.Servers.ShouldHaveSingleItem();
        var missingLine = missing.Value.Servers.ShouldHaveSingleItem();
        hiddenLine.Outcome.ShouldBe(Outcome.NotFound);
        hiddenLine.Message.Replace("secret", "X", StringComparison.Ordinal)
            .ShouldBe(missingLine.Message.Replace("nosuch", "X", StringComparison.Ordinal));
        var card = await App.SendAsync(TestApp.User(Player), new GetServerStatus(["secret"]));
        card.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.NotFound);
    }

    [Fact]
    public async Task LeavesTheHiddenServerAloneAndLogsTheDenial()
    {
        var before = (await Sandbox.StateAsync(Fixture.SecretId)).StartedAt;

        await App.SendAsync(TestApp.User(Player), new RunPowerAction(PowerAction.Restart, ["secret"]));

        (await Sandbox.StateAsync(Fixture.SecretId)).StartedAt.ShouldBe(before);
        App.Logs.Entries.ShouldContain(e => e.Level == LogLevel.Warning && e.Message.Contains("denied on secret", StringComparison.Ordinal)
            && e.Message.Contains($"user {Player}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AllowsAnActionThroughARoleGrant_OnlyWhereTheRoleIsHeld()
    {
        await App.GrantAsync(Subject.Role(Moderators), Permission.Restart, "secret");
        var inGuild = TestApp.User(777, Moderators);
        var inDirectMessage = Actor.InDirectMessage(777, channelId: 3);

        var withRole = await App.SendAsync(inGuild, new RunPowerAction(PowerAction.Restart, ["secret"]));
        var withoutRole = await App.SendAsync(inDirectMessage, new RunPowerAction(PowerAction.Restart, ["secret"]));

        withRole.Value.Servers.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Ok);
        withoutRole.Value.Servers.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.NotFound);
    }

    [Fact]
    public async Task DeniesEverything_WhenTheUserHasNoGrants()
    {
        var stranger = TestApp.User(123456);

        var overview = await App.SendAsync(stranger, new GetServerStatus([]));
        var restart = await App.SendAsync(stranger, new RunPowerAction(PowerAction.Restart, ["public"]));

        overview.Value.ShouldBeOfType<StatusOverview>().Servers.ShouldBeEmpty();
        restart.Value.Servers.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.NotFound);
    }

    [Fact]
    public async Task RefusesRestart_SayingWhichPermissionIsMissing_WhenTheGrantIsOnlyForStatus()
    {
        await App.GrantAsync(Subject.User(888), Permission.Status, "*");

        var status = await App.SendAsync(TestApp.User(888), new GetServerStatus([]));
        var restart = await App.SendAsync(TestApp.User(888), new RunPowerAction(PowerAction.Restart, ["public"]));

        status.Value.ShouldBeOfType<StatusOverview>().Servers.Select(s => s.Id.Name).ShouldBe(["public", "secret"]);
        var line = restart.Value.Servers.ShouldHaveSingleItem();
        line.Outcome.ShouldBe(Outcome.Denied); // seen, so not "not found": told what is missing
        line.Message.ShouldContain("lack the `restart` permission");
    }

    public sealed class Setup : AppFixture
    {
        public string SecretId { get; private set; } = "";

        protected override async Task BeforeStartAsync()
        {
            await Sandbox.CreateServerAsync("public");
            SecretId = await Sandbox.CreateServerAsync("secret");
        }

        protected override Task ArrangeAsync() => App.GrantAsync(Subject.User(Player), Permission.All, "public");
    }
}
