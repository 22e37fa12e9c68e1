using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Permissions.ImportLegacyPermissions;
using ServerStatus.Domain.Permissions;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Permissions;

public sealed class ImportLegacyPermissionsHandlerTests
{
    private const string Path = "/srv/old/permissions.json";
    private const ulong Alice = 123456789012345678;
    private const ulong Bob = 223456789012345678;
    private readonly InMemoryLegacyPermissionsSource _source = new();
    private readonly InMemoryLegacyImportStore _imports = new();
    private readonly InMemoryPermissionStores _stores = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero));

    private ImportLegacyPermissionsHandler Handler => new(_source, _imports, _stores, _stores, _time);

    [Fact]
    public async Task AddsGrantsAndAdmins_AndRecordsTheHash_WhenTheFileIsNew()
    {
        _source.Put(File("hash-1", [Entry(Alice, "status", "mc"), Entry(Bob, "restart", "eu1/mc")], admins: [Bob]));

        var report = (await ImportAsync()).Value;

        report.Status.ShouldBe(LegacyImportStatus.Imported);
        (report.GrantsAdded, report.GrantsAlreadyPresent, report.AdminsAdded, report.AdminsAlreadyPresent, report.Skipped).ShouldBe((2, 0, 1, 0, 0));
        (await Grants()).ShouldBe([(Alice, Permission.Status, "mc"), (Bob, Permission.Restart, "eu1/mc")], ignoreOrder: true);
        (await _stores.IsAdminAsync(Bob, default)).ShouldBeTrue();
        var recorded = _imports.Imports.ShouldHaveSingleItem();
        (recorded.FileHash, recorded.Path, recorded.GrantsAdded, recorded.AdminsAdded, recorded.ImportedAt).ShouldBe(("hash-1", Path, 2, 1, _time.GetUtcNow()));
    }

    [Fact]
    public async Task ChangesNothing_WhenTheSameContentWasImportedBefore()
    {
        _source.Put(File("hash-1", [Entry(Alice, "status", "mc")], admins: [Bob]));
        await ImportAsync();
        await _stores.RemoveAsync(Subject.User(Alice), Permission.Status, TestSupport.Fakes.Grants.Scope("mc"), default);
        await _stores.RemoveAsync(Bob, default);

        var report = (await ImportAsync()).Value;

        report.Status.ShouldBe(LegacyImportStatus.AlreadyImported);
        report.GrantsAdded.ShouldBe(0);
        (await Grants()).ShouldBeEmpty();
        (await _stores.IsAdminAsync(Bob, default)).ShouldBeFalse();
        _imports.Imports.Count.ShouldBe(1);
    }

    [Fact]
    public async Task AddsOnlyWhatIsNew_WhenTheFileChanged()
    {
        _source.Put(File("hash-1", [Entry(Alice, "status", "mc")], admins: [Bob]));
        await ImportAsync();
        _source.Put(File("hash-2", [Entry(Alice, "status", "mc"), Entry(Alice, "stop", "mc")], admins: [Bob, Alice]));

        var report = (await ImportAsync()).Value;

        (report.GrantsAdded, report.GrantsAlreadyPresent, report.AdminsAdded, report.AdminsAlreadyPresent).ShouldBe((1, 1, 1, 1));
        (await Grants()).ShouldBe([(Alice, Permission.Status, "mc"), (Alice, Permission.Stop, "mc")], ignoreOrder: true);
        _imports.Imports.Select(i => i.FileHash).ShouldBe(["hash-1", "hash-2"]);
    }

    [Fact]
    public async Task MapsTheOldBotsNames_ToTheirPermissions()
    {
        _source.Put(File("hash-1", [Entry(Alice, "get_logs", "mc"), Entry(Alice, "list_backups", "mc"), Entry(Alice, "ALL", "factorio")]));

        await ImportAsync();

        (await Grants()).ShouldBe(
            [(Alice, Permission.Logs, "mc"), (Alice, Permission.Backup, "mc"), (Alice, Permission.All, "factorio")], ignoreOrder: true);
    }

    [Fact]
    public async Task ReportsNoFile_WhenThereIsNoFileAtThePath()
    {
        var result = await ImportAsync();

        result.IsSuccess.ShouldBeTrue();
        result.Value.Status.ShouldBe(LegacyImportStatus.NoFile);
        result.Value.Path.ShouldBe(Path);
        _imports.Imports.ShouldBeEmpty();
    }

    [Fact]
    public async Task ImportsNothingAndRecordsNoHash_WhenTheFileIsMalformed()
    {
        var problem = new LegacyProblem(Path, 3, "skipped the whole file: it is not valid JSON");
        _source.Put(new LegacyPermissionsFile(Path, "hash-bad", [], [], [problem], IsMalformed: true));

        var report = (await ImportAsync()).Value;

        report.Status.ShouldBe(LegacyImportStatus.Malformed);
        report.Problems.ShouldBe([problem]);
        _imports.Imports.ShouldBeEmpty();
    }

    [Fact]
    public async Task KeepsExistingGrantsAndAdmins_WhenTheFileDoesNotMentionThem()
    {
        await _stores.AddAsync(TestSupport.Fakes.Grants.ToUser(Bob, Permission.Kill, "mc"), default);
        await _stores.AddAsync(StoredAdmin.Create(Alice, null, _time.GetUtcNow()), default);
        _source.Put(File("hash-1", [Entry(Bob, "status", "mc")]));

        await ImportAsync();

        (await Grants()).ShouldBe([(Bob, Permission.Kill, "mc"), (Bob, Permission.Status, "mc")], ignoreOrder: true);
        (await _stores.IsAdminAsync(Alice, default)).ShouldBeTrue();
    }

    [Fact]
    public async Task SkipsAndReportsEntriesItCannotMap_AndImportsTheRest()
    {
        var readProblem = new LegacyProblem(Path, 2, "skipped unknown top-level key `x`");
        _source.Put(File("hash-1", [Entry(Alice, "teleport", "mc", line: 4), Entry(Alice, "status", "bad name", line: 5), Entry(Alice, "status", "mc", line: 6)], problems: [readProblem]));

        var report = (await ImportAsync()).Value;

        report.GrantsAdded.ShouldBe(1);
        report.Skipped.ShouldBe(3);
        report.Problems.Select(p => p.Line).ShouldBe([2, 4, 5]);
        _imports.Imports.ShouldHaveSingleItem().Skipped.ShouldBe(3);
    }

    [Fact]
    public async Task AnswersTheReadError_WhenTheFileCannotBeRead()
    {
        _source.Fail(Path, Error.Unavailable("Cannot read /srv/old/permissions.json: permission denied"));

        var result = await ImportAsync();

        result.Outcome.ShouldBe(Outcome.Unavailable);
        _imports.Imports.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("a\0b")]
    public void RejectsThePath_WhenItIsEmptyOrHasANul(string path)
    {
        var result = new ImportLegacyPermissionsValidator().Validate(new ImportLegacyPermissions(path));

        result.IsValid.ShouldBeFalse();
    }

    [Fact]
    public void AcceptsThePath_WhenItIsAFileName()
    {
        var result = new ImportLegacyPermissionsValidator().Validate(new ImportLegacyPermissions("./permissions.json"));

        result.IsValid.ShouldBeTrue();
    }

    private static LegacyGrantEntry Entry(ulong user, string permission, string server, int line = 1) => new(user, permission, server, line);

    private static LegacyPermissionsFile File(string hash, IReadOnlyList<LegacyGrantEntry> grants, IReadOnlyList<ulong>? admins = null, IReadOnlyList<LegacyProblem>? problems = null) =>
        new(Path, hash, grants, admins ?? [], problems ?? []);

    private Task<Result<LegacyImportReport>> ImportAsync() => Handler.Handle(new ImportLegacyPermissions(Path), default).AsTask();

    private async Task<IReadOnlyList<(ulong, Permission, string)>> Grants() =>
        [.. (await _stores.ListAllAsync(default)).Select(g => (g.SubjectId, g.Permission, g.Scope))];
}
