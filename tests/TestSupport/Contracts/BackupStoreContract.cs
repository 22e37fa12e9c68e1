using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What callers rely on from an <see cref="IBackupStore"/>: paths built from a server and a backup name stay
/// inside the store and no other path is accepted; an archive exists only once committed, reads back as written
/// and verifies against the SHA-256 the commit returned; a commit never replaces an archive; deleting is quiet;
/// temporary files of abandoned writes are cleaned and counted.
/// </summary>
public abstract class BackupStoreContract
{
    /// <summary>The store under test, empty when the fact starts.</summary>
    protected abstract IBackupStore Store { get; }

    [Fact]
    public void BuildsARelativePathUnderTheEngineAndServer_FromTheirNamesAndTheBackupName()
    {
        var file = Store.FileFor("local", "mc", "2026-11-24T05-53-11Z");

        file.ShouldStartWith("local/mc/2026-11-24T05-53-11Z.");
        Path.IsPathRooted(file).ShouldBeFalse();
        file.Split('/').ShouldNotContain("..");
    }

    [Fact]
    public void KeepsServersOfOneNameOnTwoEnginesApart()
    {
        Store.FileFor("local", "mc", "b1").ShouldNotBe(Store.FileFor("eu1", "mc", "b1"));
    }

    [Theory]
    [InlineData("local", "..", "b1")]
    [InlineData("local", "a/b", "b1")]
    [InlineData("local", "mc", "..")]
    [InlineData("local", "mc", "a/b")]
    [InlineData("local", "mc", "")]
    [InlineData("..", "mc", "b1")]
    [InlineData("a/b", "mc", "b1")]
    public void RefusesToBuildAPath_WhenTheEngineServerOrNameIsNotOneSafeSegment(string engine, string server, string name)
    {
        var build = () => Store.FileFor(engine, server, name);

        build.ShouldThrow<ArgumentException>();
    }

    [Theory]
    [InlineData("../outside.tar.zst")]
    [InlineData("mc/../../outside.tar.zst")]
    [InlineData("/etc/passwd")]
    [InlineData("")]
    public async Task RefusesAPath_WhenItIsNotInsideTheStore(string file)
    {
        var write = Store.BeginWrite(file);
        var read = Store.OpenRead(file);
        var verified = await Store.VerifyAsync(file, new string('0', 64), default);

        write.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Invalid);
        read.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Invalid);
        verified.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Invalid);
        Store.Exists(file).ShouldBeFalse();
        Should.NotThrow(() => Store.Delete(file));
    }

    [Fact]
    public async Task ReadsBackWhatWasWritten_WhenCommitted()
    {
        var file = Store.FileFor("local", "mc", "b1");
        var content = Content(200_000);

        StoredArchive stored;
        long written;
        await using (var write = Store.BeginWrite(file).Value)
        {
            await write.Content.WriteAsync(content);
            written = write.BytesWritten;
            stored = await write.CommitAsync(default);
        }

        (written, stored.File).ShouldBe((content.Length, file));
        stored.SizeBytes.ShouldBeGreaterThan(0);
        stored.Sha256.ShouldMatch("^[0-9a-f]{64}$");
        Store.Exists(file).ShouldBeTrue();
        (await ReadAllAsync(file)).ShouldBe(content);
        (await Store.VerifyAsync(file, stored.Sha256, default)).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public async Task LeavesNothing_WhenAWriteIsNotCommitted()
    {
        var file = Store.FileFor("local", "mc", "b1");

        await using (var write = Store.BeginWrite(file).Value)
        {
            await write.Content.WriteAsync(Content(10_000));
        }

        Store.Exists(file).ShouldBeFalse();
        Store.OpenRead(file).IsSuccess.ShouldBeFalse();
        Store.CleanTemporaryFiles().ShouldBe(0);
    }

    [Fact]
    public async Task ReportsADamagedArchive_WhenItsChecksumDiffersFromTheRecordedOne()
    {
        var file = await CommitAsync("b1", Content(1000));

        var verified = await Store.VerifyAsync(file, new string('0', 64), default);

        var error = verified.Errors.ShouldHaveSingleItem();
        error.Outcome.ShouldBe(Outcome.Invalid);
        error.Message.ShouldContain(file);
    }

    [Fact]
    public async Task ReportsNotFound_WhenVerifyingAnArchiveThatIsMissing()
    {
        var file = Store.FileFor("local", "mc", "never-written");

        var verified = await Store.VerifyAsync(file, new string('0', 64), default);

        var error = verified.Errors.ShouldHaveSingleItem();
        error.Outcome.ShouldBe(Outcome.NotFound);
        error.Message.ShouldContain(file);
    }

    [Fact]
    public void ReportsFailed_WhenOpeningAnArchiveThatIsMissing()
    {
        var file = Store.FileFor("local", "mc", "never-written");

        var opened = Store.OpenRead(file);

        var error = opened.Errors.ShouldHaveSingleItem();
        error.Outcome.ShouldBe(Outcome.Failed);
        error.Message.ShouldContain(file);
    }

    [Fact]
    public async Task KeepsTheFirstArchive_WhenASecondIsCommittedUnderTheSamePath()
    {
        var file = await CommitAsync("b1", Content(1000));
        await using var second = Store.BeginWrite(file).Value;
        await second.Content.WriteAsync(Content(2000));

        var commit = () => second.CommitAsync(default);

        await commit.ShouldThrowAsync<IOException>();
        (await ReadAllAsync(file)).ShouldBe(Content(1000));
    }

    [Fact]
    public async Task DeletesAnArchive_AndIgnoresOneThatIsMissing()
    {
        var file = await CommitAsync("b1", Content(1000));

        Store.Delete(file);
        Store.Delete(file);

        Store.Exists(file).ShouldBeFalse();
        Store.OpenRead(file).IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public async Task CleansAndCountsTheTemporaryFileOfAnAbandonedWrite()
    {
        var file = Store.FileFor("local", "mc", "b1");
        await using var abandoned = Store.BeginWrite(file).Value;
        await abandoned.Content.WriteAsync(Content(10_000));

        var cleaned = Store.CleanTemporaryFiles();

        cleaned.ShouldBe(1);
        Store.CleanTemporaryFiles().ShouldBe(0);
        Store.Exists(file).ShouldBeFalse();
    }

    [Fact]
    public void TellsTheFreeSpace_OfTheStore()
    {
        var free = Store.FreeBytes();

        free.ShouldBeGreaterThan(0);
    }

    /// <summary>Compressible but not trivial bytes, the same for the same length.</summary>
    private static byte[] Content(int length) => [.. Enumerable.Range(0, length).Select(i => (byte)(i * 7 % 251))];

    private async Task<string> CommitAsync(string name, byte[] content)
    {
        var file = Store.FileFor("local", "mc", name);
        await using var write = Store.BeginWrite(file).Value;
        await write.Content.WriteAsync(content);
        await write.CommitAsync(default);
        return file;
    }

    private async Task<byte[]> ReadAllAsync(string file)
    {
        await using var stream = Store.OpenRead(file).Value;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
