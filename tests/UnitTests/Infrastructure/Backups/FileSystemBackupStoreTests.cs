using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Results;
using ServerStatus.Infrastructure.Backups;
using ServerStatus.Infrastructure.Docker;

namespace ServerStatus.UnitTests.Infrastructure.Backups;

public sealed class FileSystemBackupStoreTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("serverstatus-store-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("zstd", "local/mc/b1.tar.zst")]
    [InlineData("gzip", "local/mc/b1.tar.gz")]
    public async Task RoundTripsContent_WithItsChecksum(string codec, string expectedFile)
    {
        var store = Store(codec);
        var file = store.FileFor("local", "mc", "b1");
        var content = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("some tar bytes ", 10_000)));

        StoredArchive stored;
        await using (var write = store.BeginWrite(file).Value)
        {
            await write.Content.WriteAsync(content);
            stored = await write.CommitAsync(CancellationToken.None);
        }

        file.ShouldBe(expectedFile);
        stored.SizeBytes.ShouldBe(new FileInfo(Path.Combine(_root, file)).Length);
        stored.SizeBytes.ShouldBeLessThan(content.Length);
        (await store.VerifyAsync(file, stored.Sha256, CancellationToken.None)).IsSuccess.ShouldBeTrue();
        await using var read = store.OpenRead(file).Value;
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        copy.ToArray().ShouldBe(content);
    }

    [Fact]
    public async Task LeavesNoFile_WhenAWriteIsAbandoned()
    {
        var store = Store("zstd");

        await using (var write = store.BeginWrite("mc/b1.tar.zst").Value)
        {
            await write.Content.WriteAsync(new byte[4096]);
            Directory.EnumerateFiles(_root, "*.tmp", SearchOption.AllDirectories).ShouldHaveSingleItem();
        }

        Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task ReportsADamagedFile()
    {
        var store = Store("zstd");
        StoredArchive stored;
        await using (var write = store.BeginWrite("mc/b1.tar.zst").Value)
        {
            await write.Content.WriteAsync(new byte[100_000]);
            stored = await write.CommitAsync(CancellationToken.None);
        }

        var path = Path.Combine(_root, "mc", "b1.tar.zst");
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[bytes.Length / 2] ^= 0x01;
        await File.WriteAllBytesAsync(path, bytes);

        var verified = await store.VerifyAsync(stored.File, stored.Sha256, CancellationToken.None);

        verified.Errors.ShouldHaveSingleItem().Message.ShouldContain("damaged");
    }

    [Theory]
    [InlineData("../outside.tar.zst")]
    [InlineData("mc/../../outside.tar.zst")]
    [InlineData("/etc/passwd")]
    [InlineData("")]
    public void RefusesPaths_OutsideTheDirectory(string file)
    {
        var store = Store("zstd");

        store.BeginWrite(file).Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Invalid);
        store.OpenRead(file).Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Invalid);
        store.Resolve(file).ShouldBeNull();
    }

    [Theory]
    [InlineData("..", "b1")]
    [InlineData("mc", "..")]
    [InlineData("mc", "a/b")]
    public void RefusesToBuildAPath_FromInvalidNames(string server, string name) =>
        Should.Throw<ArgumentException>(() => Store("zstd").FileFor("local", server, name));

    [Fact]
    public void CleansTemporaryFiles_OnlyThem()
    {
        Directory.CreateDirectory(Path.Combine(_root, "mc"));
        File.WriteAllBytes(Path.Combine(_root, "mc", ".b1.tar.zst.abc.tmp"), [1]);
        File.WriteAllBytes(Path.Combine(_root, "mc", "b0.tar.zst"), [1]);

        Store("zstd").CleanTemporaryFiles().ShouldBe(1);

        Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ShouldBe(["b0.tar.zst"]);
    }

    [Theory]
    [InlineData("/data", "")]
    [InlineData("/srv/data", "srv/")]
    [InlineData("/a/b/c", "a/b/")]
    public void PrefixesEntries_WithTheParentOfTheMount(string path, string prefix) =>
        DockerContainerArchive.ParentPrefix(path).ShouldBe(prefix);

    [Theory]
    [InlineData("/data/", "/data")]
    [InlineData("//srv//x", "/srv/x")]
    [InlineData("relative", null)]
    [InlineData("/a/../etc", null)]
    [InlineData("/", null)]
    public void NormalizesLabelPaths(string path, string? expected) => BackupLabels.NormalizePath(path).ShouldBe(expected);

    private FileSystemBackupStore Store(string codec) =>
        new(Options.Create(new BackupOptions { Directory = _root, Codec = codec }), NullLogger<FileSystemBackupStore>.Instance);
}
