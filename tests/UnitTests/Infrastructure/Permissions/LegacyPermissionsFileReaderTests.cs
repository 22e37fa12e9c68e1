using System.Security.Cryptography;
using System.Text;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Permissions.ImportLegacyPermissions;
using ServerStatus.Infrastructure.Permissions;

namespace ServerStatus.UnitTests.Infrastructure.Permissions;

/// <summary>The reader and parser of the old bot's permissions.json, on real files written by each test.</summary>
public sealed class LegacyPermissionsFileReaderTests : IDisposable
{
    private const string Alice = "123456789012345678";
    private const string Bob = "223456789012345678";
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("serverstatus-legacy-");
    private readonly LegacyPermissionsFileReader _reader = new();

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public async Task ReadsOnlyAdmins_WhenTheFileHasNoServers()
    {
        var path = Write($$"""{"users":{"admins":["{{Alice}}", {{Bob}}]} }""");

        var file = await ReadAsync(path);

        file.Admins.ShouldBe([123456789012345678UL, 223456789012345678UL]);
        file.Grants.ShouldBeEmpty();
        file.Problems.ShouldBeEmpty();
        file.IsMalformed.ShouldBeFalse();
    }

    [Fact]
    public async Task ReadsEachPermissionListOfEachServer_WithTheLineOfEachId()
    {
        var path = Write($$"""
            {
              "servers": [
                {
                  "name": "mc",
                  "status": ["{{Alice}}", "{{Bob}}"],
                  "restart": ["{{Alice}}"]
                },
                {"name": "eu1/factorio", "stop": ["{{Bob}}"]}
              ],
              "users": {"admins": []}
            }
            """);

        var file = await ReadAsync(path);

        file.Grants.ShouldBe(
        [
            new LegacyGrantEntry(123456789012345678, "status", "mc", 5),
            new LegacyGrantEntry(223456789012345678, "status", "mc", 5),
            new LegacyGrantEntry(123456789012345678, "restart", "mc", 6),
            new LegacyGrantEntry(223456789012345678, "stop", "eu1/factorio", 8),
        ]);
        file.Admins.ShouldBeEmpty();
        file.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task ReadsTheSameId_WhetherWrittenAsANumberOrAString()
    {
        var path = Write("""{"servers":[{"name":"mc","status":[123456789012345678],"stop":["123456789012345678"]}]}""");

        var file = await ReadAsync(path);

        file.Grants.Select(g => g.UserId).ShouldBe([123456789012345678UL, 123456789012345678UL]);
        file.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task KeepsLegacyPermissionNames_WhenTheOldBotsNamesAreUsed()
    {
        var path = Write($$"""{"servers":[{"name":"mc","get_logs":["{{Alice}}"],"list_backups":["{{Alice}}"]}]}""");

        var file = await ReadAsync(path);

        file.Grants.Select(g => g.Permission).ShouldBe(["get_logs", "list_backups"]);
        file.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task ReportsUnknownKeysWithTheirLines_AndReadsTheRest()
    {
        var path = Write($$"""
            {
              "version": 2,
              "servers": [
                {"name": "mc", "status": ["{{Alice}}"], "teleport": ["{{Bob}}"]}
              ],
              "users": {"admins": ["{{Bob}}"], "moderators": ["{{Alice}}"]}
            }
            """);

        var file = await ReadAsync(path);

        file.Problems.Select(p => (p.Line, p.Path)).ShouldBe([(2, path), (4, path), (6, path)]);
        file.Problems[0].Message.ShouldContain("`version`");
        file.Problems[1].Message.ShouldContain("`teleport`");
        file.Problems[1].Message.ShouldContain("`mc`");
        file.Problems[2].Message.ShouldContain("`users.moderators`");
        file.Grants.ShouldHaveSingleItem().Permission.ShouldBe("status");
        file.Admins.ShouldBe([223456789012345678UL]);
    }

    [Fact]
    public async Task ReportsTheLineOfTheError_AndReadsNothing_WhenTheJsonIsMalformed()
    {
        var path = Write($$"""
            {
              "servers": [
                {"name": "mc", "status": ["{{Alice}}"]}
              ],
              "users": {"admins": ["{{Bob}}" "{{Alice}}"]}
            }
            """);

        var file = await ReadAsync(path);

        file.IsMalformed.ShouldBeTrue();
        file.Grants.ShouldBeEmpty();
        file.Admins.ShouldBeEmpty();
        var problem = file.Problems.ShouldHaveSingleItem();
        problem.Line.ShouldBe(5);
        problem.ToString().ShouldStartWith($"{path}:5: skipped the whole file: it is not valid JSON at column 45:");
        problem.Message.ShouldNotContain("LineNumber");
    }

    [Fact]
    public async Task ReportsAMalformedFile_WhenTheFileIsEmpty()
    {
        var path = Write("");

        var file = await ReadAsync(path);

        file.IsMalformed.ShouldBeTrue();
        file.Problems.ShouldHaveSingleItem().Line.ShouldBe(1);
    }

    [Fact]
    public async Task ReadsADuplicateOnce_AndReportsIt()
    {
        var path = Write($$"""
            {
              "servers": [
                {"name": "mc", "get_logs": ["{{Alice}}", {{Alice}}], "logs": ["{{Alice}}"]},
                {"name": "MC", "get_logs": ["{{Alice}}"], "status": ["{{Alice}}"]}
              ],
              "users": {"admins": ["{{Bob}}", {{Bob}}]}
            }
            """);

        var file = await ReadAsync(path);

        file.Grants.ShouldBe(
        [
            new LegacyGrantEntry(123456789012345678, "get_logs", "mc", 3),
            new LegacyGrantEntry(123456789012345678, "status", "MC", 4),
        ]);
        file.Admins.ShouldBe([223456789012345678UL]);
        file.Problems.Select(p => p.Line).ShouldBe([3, 3, 4, 6]);
        file.Problems.ShouldAllBe(p => p.Message.StartsWith("skipped duplicate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SkipsIdsThatAreNotDiscordIds_AndReportsEach()
    {
        var path = Write("""
            {"servers": [{"name": "mc", "status": [
              "alice",
              -5,
              1.5,
              0,
              "99999999999999999999999",
              null,
              {"id": 1},
              "123456789012345678"
            ]}]}
            """);

        var file = await ReadAsync(path);

        file.Grants.ShouldHaveSingleItem().UserId.ShouldBe(123456789012345678UL);
        file.Problems.Select(p => p.Line).ShouldBe([2, 3, 4, 5, 6, 7, 8]);
        file.Problems.ShouldAllBe(p => p.Message.Contains("not a Discord user id"));
        file.Problems[0].Message.ShouldContain("\"alice\"");
    }

    [Fact]
    public async Task SkipsServersWithoutAValidName_AndReportsThem()
    {
        var path = Write($$"""
            {"servers": [
              {"status": ["{{Alice}}"]},
              {"name": "no spaces!", "status": ["{{Alice}}"]},
              {"name": 7, "status": ["{{Alice}}"]},
              "mc",
              {"name": "ok", "status": ["{{Alice}}"]}
            ]}
            """);

        var file = await ReadAsync(path);

        file.Grants.ShouldHaveSingleItem().Server.ShouldBe("ok");
        file.Problems.Select(p => p.Line).ShouldBe([2, 3, 4, 4, 5]);
        file.Problems[1].Message.ShouldContain("not a valid server name");
    }

    [Fact]
    public async Task SkipsEverything_WhenTheTopLevelIsNotAnObject()
    {
        var path = Write($$"""["{{Alice}}"]""");

        var file = await ReadAsync(path);

        file.IsMalformed.ShouldBeFalse();
        file.Grants.ShouldBeEmpty();
        file.Problems.ShouldHaveSingleItem().Message.ShouldContain("top level");
    }

    [Fact]
    public async Task HashesTheFileBytes_SoThatAChangedFileHasAnotherHash()
    {
        var content = $$"""{"users":{"admins":["{{Alice}}"]} }""";
        var path = Write(content);
        var first = await ReadAsync(path);
        File.WriteAllText(path, content + "\n");

        var second = await ReadAsync(path);

        first.Hash.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content))));
        second.Hash.ShouldNotBe(first.Hash);
        second.Hash.Length.ShouldBe(64);
    }

    [Fact]
    public async Task ReadsTheFile_WhenItStartsWithAByteOrderMark()
    {
        var path = Path.Combine(_directory.FullName, "bom.json");
        File.WriteAllText(path, $$"""{"users":{"admins":["{{Alice}}"]} }""", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var file = await ReadAsync(path);

        file.Admins.ShouldBe([123456789012345678UL]);
        file.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnswersNotFound_WhenThereIsNoFile()
    {
        var result = await _reader.ReadAsync(Path.Combine(_directory.FullName, "missing.json"), default);

        result.Outcome.ShouldBe(Outcome.NotFound);
    }

    [Fact]
    public async Task AnswersUnavailable_WhenThePathIsADirectory()
    {
        var result = await _reader.ReadAsync(_directory.FullName, default);

        result.Outcome.ShouldBe(Outcome.Unavailable);
    }

    private string Write(string content)
    {
        var path = Path.Combine(_directory.FullName, "permissions.json");
        File.WriteAllText(path, content);
        return path;
    }

    private async Task<LegacyPermissionsFile> ReadAsync(string path)
    {
        var result = await _reader.ReadAsync(path, default);
        result.IsSuccess.ShouldBeTrue();
        result.Value.Path.ShouldBe(path);
        return result.Value;
    }
}
