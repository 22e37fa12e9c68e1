using ServerStatus.Application.Backups;
using ServerStatus.Application.Backups.RestoreBackup;
using ServerStatus.Application.Common.Results;
using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Servers;

namespace ServerStatus.UnitTests.Application.Backups;

public sealed class BackupRulesTests
{
    [Theory]
    [InlineData("2026-11-24T05-53-11Z")]
    [InlineData("before-update_1.2")]
    [InlineData("a")]
    [InlineData("...")]
    public void AcceptsNames_OfTheAllowedShape(string name) => BackupName.IsValid(name).ShouldBeTrue();

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("with space")]
    [InlineData("ünï")]
    [InlineData("nl\n")]
    [InlineData(null)]
    public void RejectsNames_ThatAreNotOneSafeSegment(string? name) => BackupName.IsValid(name).ShouldBeFalse();

    [Fact]
    public void RejectsNames_LongerThan64() => BackupName.IsValid(new string('a', 65)).ShouldBeFalse();

    [Fact]
    public void DefaultsTheName_ToTheUtcTime() =>
        BackupName.FromTime(new DateTimeOffset(2026, 11, 24, 7, 53, 11, TimeSpan.FromHours(2))).ShouldBe("2026-11-24T05-53-11Z");

    [Fact]
    public void ValidatorRefusesTraversal_InBackupAndServerNames()
    {
        var create = new CreateBackupValidator().Validate(new CreateBackup("../etc", ".."));
        var restore = new RestoreBackupValidator().Validate(new RestoreBackup("mc", "../../x"));

        create.Errors.Select(e => e.PropertyName).ShouldBe(["Server", "Name"], ignoreOrder: true);
        restore.Errors.ShouldHaveSingleItem().ErrorMessage.ShouldContain("not a valid backup name");
    }

    [Fact]
    public void ValidatorAcceptsABackupWithoutName() =>
        new CreateBackupValidator().Validate(new CreateBackup("mc")).IsValid.ShouldBeTrue();

    [Fact]
    public void LockRefusesASecondJob_UntilTheFirstIsReleased()
    {
        var locks = new ServerJobLocks();
        var server = new ServerId("local", "abc", "mc");

        var first = locks.TryAcquire(server, ServerJob.Restore);
        var second = locks.TryAcquire(server, ServerJob.Backup);
        var other = locks.TryAcquire(new ServerId("local", "def", "web"), ServerJob.Backup);

        first.IsSuccess.ShouldBeTrue();
        second.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Conflict);
        second.Errors[0].Message.ShouldContain("busy with a restore");
        other.IsSuccess.ShouldBeTrue();
        locks.Current(server).ShouldBe(ServerJob.Restore);
        first.Value.Dispose();
        locks.Current(server).ShouldBeNull();
        locks.TryAcquire(server, ServerJob.Backup).IsSuccess.ShouldBeTrue();
    }
}
