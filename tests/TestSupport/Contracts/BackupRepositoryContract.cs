using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Backups;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What callers rely on from an <see cref="IBackupRepository"/>: a record is found by server and name with all it
/// holds, a server's records are listed newest first (the later added first when made at the same time), records of
/// one trigger made before a time are listed oldest first, removal works on found and listed records alike, and a
/// server never has two backups of one name. Every fact uses servers of its own.
/// </summary>
public abstract class BackupRepositoryContract
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly string Sha = new('a', 64);

    /// <summary>The repository under test; a persistent one answers each call from a fresh unit of work, as each command has its own.</summary>
    protected abstract IBackupRepository Repository();

    [Fact]
    public async Task FindsARecordByServerAndName_WithEverythingItHolds()
    {
        var server = Server();
        await Repository().AddAsync(BackupRecord.Create(server, "base", "mc/base.tar.zst", ["/data", "/config"], 1234, Sha,
            TimeSpan.FromSeconds(3), BackupTrigger.PreRestore, "user:42", At), default);

        var found = await Repository().FindAsync(server, "base", default);

        found.ShouldNotBeNull();
        (found.Server, found.Name, found.File, found.SizeBytes, found.Sha256).ShouldBe((server, "base", "mc/base.tar.zst", 1234L, Sha));
        (found.Duration, found.Trigger, found.CreatedBy, found.CreatedAt).ShouldBe((TimeSpan.FromSeconds(3), BackupTrigger.PreRestore, "user:42", At));
        found.PathList.ShouldBe(["/data", "/config"]);
    }

    [Fact]
    public async Task FindsNothing_WhenTheServerOrTheNameDiffers()
    {
        var (server, other) = (Server(), Server());
        await Repository().AddAsync(Record(server, "base", At), default);

        var otherName = await Repository().FindAsync(server, "other", default);
        var otherServer = await Repository().FindAsync(other, "base", default);

        otherName.ShouldBeNull();
        otherServer.ShouldBeNull();
    }

    [Fact]
    public async Task ListsTheServersBackups_NewestFirst()
    {
        var (server, other) = (Server(), Server());
        await Repository().AddAsync(Record(server, "first", At), default);
        await Repository().AddAsync(Record(other, "elsewhere", At.AddMinutes(1)), default);
        await Repository().AddAsync(Record(server, "second", At.AddMinutes(2)), default);
        await Repository().AddAsync(Record(server, "third", At.AddMinutes(3)), default);

        var listed = await Repository().ListAsync(server, default);

        listed.Select(r => r.Name).ShouldBe(["third", "second", "first"]);
    }

    [Fact]
    public async Task ListsTheLaterAddedFirst_WhenTwoWereMadeAtTheSameTime()
    {
        var server = Server();
        await Repository().AddAsync(Record(server, "added-first", At), default);
        await Repository().AddAsync(Record(server, "added-second", At), default);

        var listed = await Repository().ListAsync(server, default);

        listed.Select(r => r.Name).ShouldBe(["added-second", "added-first"]);
    }

    [Fact]
    public async Task ListsTheBackupsOfOneTriggerMadeBeforeATime_OldestFirst_AcrossServers()
    {
        var (a, b) = (Server(), Server());
        await Repository().AddAsync(Record(a, "old", At.AddDays(-3), BackupTrigger.Scheduled), default);
        await Repository().AddAsync(Record(b, "older-elsewhere", At.AddDays(-2), BackupTrigger.Scheduled), default);
        await Repository().AddAsync(Record(a, "manual", At.AddDays(-2), BackupTrigger.Manual), default);
        await Repository().AddAsync(Record(a, "at-cutoff", At.AddDays(-1), BackupTrigger.Scheduled), default);
        await Repository().AddAsync(Record(a, "new", At, BackupTrigger.Scheduled), default);

        var listed = await Repository().ListCreatedBeforeAsync(BackupTrigger.Scheduled, At.AddDays(-1).ToOffset(TimeSpan.FromHours(-5)), default);

        listed.Where(r => r.Server == a || r.Server == b).Select(r => r.Name).ShouldBe(["old", "older-elsewhere"]);
    }

    [Fact]
    public async Task RemovesARecord_WhetherItWasFoundOrListed()
    {
        var server = Server();
        await Repository().AddAsync(Record(server, "found", At), default);
        await Repository().AddAsync(Record(server, "listed", At.AddMinutes(1)), default);
        await Repository().AddAsync(Record(server, "kept", At.AddMinutes(2)), default);
        var found = await Repository().FindAsync(server, "found", default);
        var listed = (await Repository().ListAsync(server, default)).Single(r => r.Name == "listed");

        await Repository().RemoveAsync(found.ShouldNotBeNull(), default);
        await Repository().RemoveAsync(listed, default);

        (await Repository().ListAsync(server, default)).Select(r => r.Name).ShouldBe(["kept"]);
        (await Repository().FindAsync(server, "found", default)).ShouldBeNull();
    }

    [Fact]
    public async Task RefusesASecondRecord_WhenTheServerHasABackupOfThatName()
    {
        var server = Server();
        await Repository().AddAsync(Record(server, "base", At), default);

        var second = () => Repository().AddAsync(Record(server, "base", At.AddMinutes(1)), default);

        await Should.ThrowAsync<Exception>(second);
        (await Repository().ListAsync(server, default)).ShouldHaveSingleItem().CreatedAt.ShouldBe(At);
    }

    private static string Server() => "local/" + ContractIds.Name("mc");

    private static BackupRecord Record(string server, string name, DateTimeOffset at, BackupTrigger trigger = BackupTrigger.Manual) =>
        BackupRecord.Create(server, name, $"{server}/{name}.tar.zst", ["/data"], 10, Sha, TimeSpan.FromSeconds(1), trigger, "user:1", at);
}
