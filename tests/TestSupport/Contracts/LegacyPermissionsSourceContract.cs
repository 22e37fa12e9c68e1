using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Permissions.ImportLegacyPermissions;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What the legacy import relies on from an <see cref="ILegacyPermissionsSource"/>: a file reads as its grants and
/// admins under the path asked, with a content hash that is the same exactly for the same content; no file is
/// NotFound naming the path, an unreadable one Unavailable.
/// </summary>
public abstract class LegacyPermissionsSourceContract
{
    private const ulong Alice = 123456789012345678;
    private const ulong Bob = 223456789012345678;

    /// <summary>The source under test.</summary>
    protected abstract ILegacyPermissionsSource Source { get; }

    /// <summary>
    /// A legacy file at a new absolute path that gives <paramref name="permission"/> on <paramref name="server"/> to
    /// <paramref name="users"/> and makes <paramref name="admins"/> admins; the same arguments make the same content.
    /// </summary>
    protected abstract Task<string> WriteFileAsync(string server, string permission, IReadOnlyList<ulong> users, IReadOnlyList<ulong> admins);

    /// <summary>A new absolute path that holds something that cannot be read as a file.</summary>
    protected abstract Task<string> UnreadableAsync();

    [Fact]
    public async Task ReadsTheGrantsAndAdminsOfTheFile_UnderThePathAsked()
    {
        var path = await WriteFileAsync("mc", "status", [Alice, Bob], [Bob]);

        var read = await Source.ReadAsync(path, default);

        var file = read.Value;
        (file.Path, file.IsMalformed).ShouldBe((path, false));
        file.Grants.Select(g => (g.UserId, g.Permission, g.Server)).ShouldBe([(Alice, "status", "mc"), (Bob, "status", "mc")]);
        file.Admins.ShouldBe([Bob]);
        file.Problems.ShouldBeEmpty();
        file.Hash.ShouldMatch("^[0-9a-f]{64}$");
    }

    [Fact]
    public async Task GivesTheSameHash_ExactlyForTheSameContent()
    {
        var first = await WriteFileAsync("mc", "status", [Alice], []);
        var same = await WriteFileAsync("mc", "status", [Alice], []);
        var other = await WriteFileAsync("mc", "status", [Bob], []);

        var hashes = await Task.WhenAll(new[] { first, same, other }.Select(async p => (await Source.ReadAsync(p, default)).Value.Hash));

        hashes[1].ShouldBe(hashes[0]);
        hashes[2].ShouldNotBe(hashes[0]);
    }

    [Fact]
    public async Task ReportsNotFound_NamingThePath_WhenThereIsNoFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"serverstatus-no-such-directory-{Guid.NewGuid():N}", "permissions.json");

        var read = await Source.ReadAsync(path, default);

        var error = read.Errors.ShouldHaveSingleItem();
        error.Outcome.ShouldBe(Outcome.NotFound);
        error.Message.ShouldContain(path);
    }

    [Fact]
    public async Task ReportsUnavailable_WhenThePathCannotBeReadAsAFile()
    {
        var path = await UnreadableAsync();

        var read = await Source.ReadAsync(path, default);

        var error = read.Errors.ShouldHaveSingleItem();
        error.Outcome.ShouldBe(Outcome.Unavailable);
        error.Message.ShouldContain(path);
    }
}
