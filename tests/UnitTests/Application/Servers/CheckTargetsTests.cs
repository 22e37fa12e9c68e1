using ServerStatus.Application.Backups;
using ServerStatus.Application.Backups.RestoreBackup;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Permissions;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Servers;

public sealed class CheckTargetsTests
{
    private readonly InMemoryContainerEngine _engine = new();
    private readonly InMemoryBackupRepository _backups = new();
    private readonly CurrentActor _actor = new();

    private CheckTargetsHandler Handler => new(_engine, new ServerResolver(_actor), _backups);

    [Fact]
    public async Task KeepsWhatWouldRun_AndSaysWhyTheRestWouldNot_WithoutActing()
    {
        _engine.Add("mc");
        _engine.Add("seen");
        _engine.Add("hidden");
        _actor.Authorize(EffectiveRights.For(1, [], false,
            [Grants.ToUser(1, Permission.Kill, "mc"), Grants.ToUser(1, Permission.Status, "seen")]));

        var check = await Handler.Handle(CheckTargets.ForServers(new RunPowerAction(PowerAction.Kill, ["mc", "seen", "hidden", "nosuch"])), default);

        check.Value.Runnable.ShouldBe(["mc"]);
        check.Value.Refused.Select(e => e.Message).ShouldBe([
            "You may see `seen` but lack the `kill` permission on it. Only an admin can grant it: ask one to run `permissions grant <you> kill seen`.",
            "No server named `hidden`.",
            "No server named `nosuch`."]);
        _actor.DeniedServers.ShouldContain("hidden"); // recorded exactly as the command itself would record it
        _engine.Actions.ShouldBeEmpty();
    }

    [Fact]
    public async Task RefusesAMissingBackup_OfAServerThatExists()
    {
        var mc = _engine.Add("mc");
        _actor.Authorize(EffectiveRights.Administrator);
        _backups.Records.Add(BackupRecord.Create(mc.QualifiedName, "base", "mc/base.tar", ["/data"], 1, new string('0', 64), TimeSpan.Zero,
            BackupTrigger.Manual, "admin", DateTimeOffset.UnixEpoch));

        var present = await Handler.Handle(CheckTargets.ForBackup(new RestoreBackup("mc", "base")), default);
        var missing = await Handler.Handle(CheckTargets.ForBackup(new DeleteBackup("mc", "nosuch")), default);

        present.Value.Runnable.ShouldBe(["mc"]);
        missing.Errors.ShouldHaveSingleItem().ShouldBe(Error.NotFound("`mc` has no backup named `nosuch`.", "nosuch"));
    }

    [Fact]
    public void IsAuditedAsTheCommandItChecks()
    {
        var kill = CheckTargets.ForServers(new RunPowerAction(PowerAction.Kill, ["mc", "web"]));
        var restore = CheckTargets.ForBackup(new RestoreBackup("mc", "base"));

        (kill.AuditCommand, kill.AuditArguments, kill.Required).ShouldBe(("kill", "mc web", Permission.Kill));
        (restore.AuditCommand, restore.AuditArguments, restore.Required).ShouldBe(("restore", "mc base", Permission.Restore));
        new CheckTargetsValidator().Validate(restore with { Backup = "../x" }).IsValid.ShouldBeFalse();
    }
}
