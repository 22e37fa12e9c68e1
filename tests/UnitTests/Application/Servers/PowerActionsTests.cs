using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Servers;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Servers;

public sealed class PowerActionsTests
{
    private readonly InMemoryContainerEngine _engine = new();
    private readonly CurrentActor _actor = new();

    private readonly InMemoryMaintenanceRepository _maintenance = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    private RunPowerActionHandler Handler => new(TestPower.Of(_engine, _actor), _engine, new ServerResolver(_actor), Locks, PowerLocks, new MaintenanceLookup(_maintenance, _time), _actor);

    private ServerJobLocks Locks { get; } = new();

    private PowerActionLocks PowerLocks { get; } = new();

    [Fact]
    public async Task RefusesANonAdmin_OnAServerInMaintenance_WithTheReason()
    {
        _engine.Add("a");
        _engine.Add("b");
        _actor.Authorize(EffectiveRights.For(1, [], false, [Grants.ToUser(1, Permission.Restart, "*")]));
        await _maintenance.StartAsync("local/a", "upgrading the map", TimeSpan.FromHours(3), 9, _time.GetUtcNow(), default);

        var report = await Handler.Handle(new RunPowerAction(PowerAction.Restart, ["a", "b"]), default);

        report.Value.Servers.ShouldBe([
            new("a", Outcome.Conflict, "is in maintenance until 15:00 UTC: upgrading the map. Ask an admin."),
            new("b", Outcome.Ok, "restarted"),
        ]);
        _engine.Actions.ShouldBe(["restart local/b"]);
    }

    [Fact]
    public async Task LetsAnAdminAct_OnAServerInMaintenance()
    {
        _engine.Add("a");
        _actor.Authorize(EffectiveRights.Administrator);
        await _maintenance.StartAsync("*", "host upgrade", null, 9, _time.GetUtcNow(), default);

        var report = await Handler.Handle(new RunPowerAction(PowerAction.Restart, ["a"]), default);

        report.Value.Servers.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Ok);
    }

    [Fact]
    public async Task RestartsOnlyPermittedServers_AndReportsEachInOrder()
    {
        _engine.Add("a");
        _engine.Add("b");
        _actor.Authorize(EffectiveRights.For(1, [], false, [Grants.ToUser(1, Permission.Restart, "a")]));

        var report = await Handler.Handle(new RunPowerAction(PowerAction.Restart, ["b", "a"]), default);

        report.Value.Servers.ShouldBe([new("b", Outcome.NotFound, "No server named `b`."), new("a", Outcome.Ok, "restarted")]);
        _engine.Actions.ShouldBe(["restart local/a"]);
    }

    [Fact]
    public async Task RefusesPowerActions_OnAServerBeingRestored()
    {
        var a = _engine.Add("a");
        var b = _engine.Add("b");
        _actor.Authorize(EffectiveRights.Administrator);
        using var restoring = Locks.TryAcquire(a, ServerJob.Restore).Value;
        using var backingUp = Locks.TryAcquire(b, ServerJob.Backup).Value;

        var report = await Handler.Handle(new RunPowerAction(PowerAction.Stop, ["a", "b"]), default);

        report.Value.Servers[0].Outcome.ShouldBe(Outcome.Conflict);
        report.Value.Servers[0].Message.ShouldContain("being restored");
        report.Value.Servers[1].Outcome.ShouldBe(Outcome.Ok);
        _engine.Actions.ShouldBe(["stop 30s local/b"]);
    }

    [Fact]
    public async Task RefusesASecondPowerAction_WhileAnotherRunsOnThatServer()
    {
        var a = _engine.Add("a");
        _engine.Add("b");
        _actor.Authorize(EffectiveRights.Administrator);
        var restarting = PowerLocks.TryAcquire(a, PowerAction.Restart).Value;

        var report = await Handler.Handle(new RunPowerAction(PowerAction.Stop, ["a", "b"]), default);
        restarting.Dispose();
        var later = await Handler.Handle(new RunPowerAction(PowerAction.Stop, ["a"]), default);

        report.Value.Servers[0].ShouldBe(new ServerOutcome("a", Outcome.Conflict, "is already being restarted by another request: try again when that has finished."));
        report.Value.Servers[1].Outcome.ShouldBe(Outcome.Ok);
        later.Value.Servers.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Ok);
        _engine.Actions.ShouldBe(["stop 30s local/b", "stop 30s local/a"]);
    }

    [Fact]
    public async Task SaysItHadToKill_WhenAServerIgnoredSigterm()
    {
        _engine.Add("stubborn", ignoresSigterm: true);
        _engine.Add("willing");
        _actor.Authorize(EffectiveRights.Administrator);

        var stopped = await Handler.Handle(new RunPowerAction(PowerAction.Stop, ["stubborn", "willing"]), default);
        var restarted = await Handler.Handle(new RunPowerAction(PowerAction.Restart, ["stubborn"]), default);

        stopped.Value.Servers.Select(s => s.Message).ShouldBe(["did not stop within 30 s of SIGTERM and was killed (SIGKILL)", "stopped"]);
        restarted.Value.Servers.ShouldHaveSingleItem().Message.ShouldBe("restarted (it did not stop within 30 s of SIGTERM and was killed first)");
    }

    [Fact]
    public async Task ListsServersOnce_WhateverTheNumberOfNames()
    {
        foreach (var name in new[] { "a", "b", "c" })
        {
            _engine.Add(name);
        }

        _actor.Authorize(EffectiveRights.Administrator);

        await Handler.Handle(new RunPowerAction(PowerAction.Stop, ["a", "b", "c"]), default);

        _engine.ListCalls.ShouldBe(1);
        _engine.Actions.ShouldBe(["stop 30s local/a", "stop 30s local/b", "stop 30s local/c"], ignoreOrder: true);
    }

    [Fact]
    public async Task ActsOncePerServer_WhenANameIsRepeated()
    {
        _engine.Add("mc", ServerState.Exited);
        _actor.Authorize(EffectiveRights.Administrator);

        var report = await Handler.Handle(new RunPowerAction(PowerAction.Start, ["mc", "MC"]), default);

        report.Value.Servers.ShouldHaveSingleItem().Message.ShouldBe("started");
        _engine.StateOf("mc").ShouldBe(ServerState.Running);
    }

    [Theory]
    [InlineData(ServerState.Running, "was already running")]
    [InlineData(ServerState.Exited, "started")]
    public async Task SaysWhatStartDid(ServerState before, string message)
    {
        _engine.Add("mc", before);
        _actor.Authorize(EffectiveRights.Administrator);

        var report = await Handler.Handle(new RunPowerAction(PowerAction.Start, ["mc"]), default);

        report.Value.Servers.ShouldHaveSingleItem().Message.ShouldBe(message);
    }

    [Theory]
    [InlineData(ServerState.Running, "killed")]
    [InlineData(ServerState.Exited, "was not running")]
    public async Task SaysWhatKillDid(ServerState before, string message)
    {
        _engine.Add("mc", before);
        _actor.Authorize(EffectiveRights.Administrator);

        var report = await Handler.Handle(new RunPowerAction(PowerAction.Kill, ["mc"]), default);

        report.Value.Servers.ShouldHaveSingleItem().Message.ShouldBe(message);
    }

    [Theory]
    [InlineData(PowerAction.Start, Permission.Start, "start")]
    [InlineData(PowerAction.Stop, Permission.Stop, "stop")]
    [InlineData(PowerAction.Restart, Permission.Restart, "restart")]
    [InlineData(PowerAction.Kill, Permission.Kill, "kill")]
    public async Task DeclaresThePermissionAndTheNameOfEachAction(PowerAction action, Permission permission, string name)
    {
        _engine.Add("mc");
        _actor.Authorize(EffectiveRights.Administrator);
        var command = new RunPowerAction(action, ["mc"]);

        var report = await Handler.Handle(command, default);

        command.Required.ShouldBe(permission);
        command.AuditCommand.ShouldBe(name);
        report.Value.Action.ShouldBe(name);
    }
}
