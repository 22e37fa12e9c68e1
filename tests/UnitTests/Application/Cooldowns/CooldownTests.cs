using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Behaviors;
using ServerStatus.Application.Common.Cooldowns;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Permissions;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Cooldowns;

/// <summary>The cooldown behavior around the real power-action handler, as the pipeline runs them, one scope per command.</summary>
public sealed class CooldownTests
{
    private const ulong Player = 1;
    private readonly InMemoryContainerEngine _engine = new();
    private readonly InMemoryMaintenanceRepository _maintenance = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));
    private readonly CommandCooldowns _cooldowns;
    private readonly CooldownOptions _options = new() { Cooldowns = new(StringComparer.OrdinalIgnoreCase) { ["restart"] = 60 } };
    private readonly PowerActionLocks _powerLocks = new();
    private readonly ServerJobLocks _jobLocks = new();

    public CooldownTests()
    {
        _cooldowns = new CommandCooldowns(_time);
        _engine.Add("mc");
        _engine.Add("web");
    }

    private static EffectiveRights PlayerRights => EffectiveRights.For(Player, [], isAdmin: false, [Grants.ToUser(Player, Permission.All, "*")]);

    private async Task<Result<PowerReport>> RunAsync(PowerAction action, EffectiveRights rights, ulong user = Player, params string[] names)
    {
        var actor = new CurrentActor();
        actor.Set(Actor.InGuild(user, [], 100, 200));
        actor.Authorize(rights);
        var gate = new CooldownGate(_cooldowns, Options.Create(_options), actor, _time);
        var handler = new RunPowerActionHandler(TestPower.Of(_engine, actor), _engine, new ServerResolver(actor, gate), _jobLocks, _powerLocks,
            new MaintenanceLookup(_maintenance, _time), actor);
        var behavior = new CooldownBehavior<RunPowerAction, Result<PowerReport>>(gate);
        return await behavior.Handle(new RunPowerAction(action, names), (message, ct) => handler.Handle(message, ct), default);
    }

    [Fact]
    public async Task RefusesTheSameCommandOnTheSameServer_UntilItsCooldownHasPassed_SayingWhen()
    {
        await RunAsync(PowerAction.Restart, PlayerRights, Player, "mc");
        _time.Advance(TimeSpan.FromSeconds(20));

        var early = await RunAsync(PowerAction.Restart, PlayerRights, Player, "mc");
        _time.Advance(TimeSpan.FromSeconds(40));
        var later = await RunAsync(PowerAction.Restart, PlayerRights, Player, "mc");

        early.Value.Servers.ShouldBe([new("mc", Outcome.Conflict, "You ran `restart` on `mc` less than 60 s ago: you may again in 40 s.")]);
        later.Value.Servers.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Ok);
        _engine.Actions.ShouldBe(["restart local/mc", "restart local/mc"]);
    }

    [Fact]
    public async Task KeepsServersUsersAndCommandsApart()
    {
        await RunAsync(PowerAction.Restart, PlayerRights, Player, "mc");

        var otherServer = await RunAsync(PowerAction.Restart, PlayerRights, Player, "web");
        var otherUser = await RunAsync(PowerAction.Restart, EffectiveRights.For(2, [], false, [Grants.ToUser(2, Permission.All, "*")]), 2, "mc");
        var otherCommand = await RunAsync(PowerAction.Stop, PlayerRights, Player, "mc");

        otherServer.Value.Overall.ShouldBe(Outcome.Ok);
        otherUser.Value.Overall.ShouldBe(Outcome.Ok);
        otherCommand.Value.Overall.ShouldBe(Outcome.Ok);
    }

    [Fact]
    public async Task RefusesOnlyTheServersOnCooldown_WhenSeveralAreNamed()
    {
        await RunAsync(PowerAction.Restart, PlayerRights, Player, "mc");

        var both = await RunAsync(PowerAction.Restart, PlayerRights, Player, "mc", "web");

        both.Value.Servers.Select(s => (s.Server, s.Outcome)).ShouldBe([("mc", Outcome.Conflict), ("web", Outcome.Ok)]);
    }

    [Fact]
    public async Task ExemptsAdmins()
    {
        await RunAsync(PowerAction.Restart, EffectiveRights.Administrator, Player, "mc");

        var again = await RunAsync(PowerAction.Restart, EffectiveRights.Administrator, Player, "mc");

        again.Value.Overall.ShouldBe(Outcome.Ok);
    }

    [Fact]
    public async Task StartsNoCooldown_ForAServerWhosePartFailed()
    {
        using (_jobLocks.TryAcquire("local/mc", "mc", ServerJob.Restore).Value)
        {
            var refused = await RunAsync(PowerAction.Restart, PlayerRights, Player, "mc");
            refused.Value.Overall.ShouldBe(Outcome.Conflict);
        }

        var after = await RunAsync(PowerAction.Restart, PlayerRights, Player, "mc");

        after.Value.Overall.ShouldBe(Outcome.Ok);
    }

    [Fact]
    public async Task LeavesCommandsWithoutACooldownAlone()
    {
        await RunAsync(PowerAction.Start, PlayerRights, Player, "mc");

        var again = await RunAsync(PowerAction.Start, PlayerRights, Player, "mc");

        again.Value.Overall.ShouldBe(Outcome.Ok);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(86_401)]
    public void RejectsCooldownsOutsideOneSecondToADay(int seconds)
    {
        var options = new CooldownOptions { Cooldowns = new() { ["restart"] = seconds } };

        var problems = options.Validate(new ValidationContext(options)).ToList();

        problems.ShouldHaveSingleItem().ErrorMessage.ShouldBe($"Bot:Cooldowns:restart must be a number of seconds from 1 to 86400, not {seconds}.");
    }
}
