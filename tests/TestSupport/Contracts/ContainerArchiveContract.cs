using System.Formats.Tar;
using System.Text;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Domain.Servers;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What backups and restores rely on from an <see cref="IContainerArchive"/>: a server's backup covers its mounts
/// unless its backup labels say otherwise (paths that are not absolute are refused); an export is one tar with every
/// file under its full container path without the leading <c>/</c>; a replace leaves exactly the files of the tar;
/// a server that does not exist is NotFound. Every fact creates servers of its own.
/// </summary>
public abstract class ContainerArchiveContract
{
    /// <summary>The archive under test, on the engine <c>local</c>.</summary>
    protected abstract IContainerArchive Archive { get; }

    /// <summary>
    /// A stopped server on <c>local</c> with one mount, at <c>/data</c>, holding <paramref name="files"/> (container
    /// path → text, all under <c>/data</c>), and backup labels that say <paramref name="labelled"/> (none when null).
    /// </summary>
    protected abstract Task<ServerId> CreateServerAsync(string name, IReadOnlyDictionary<string, string> files, BackupSource? labelled = null);

    [Fact]
    public async Task DescribesTheMounts_WhenTheServerHasNoBackupLabels()
    {
        var id = await CreateServerAsync(ContractIds.Name("mc"), new Dictionary<string, string> { ["/data/a.txt"] = "a" });

        var described = await Archive.DescribeAsync(id, default);

        Shape(described.Value).ShouldBe(Shape(new BackupSource(["/data"], [], [], StopDuringBackup: false)));
    }

    [Fact]
    public async Task DescribesWhatTheBackupLabelsSay_WhenTheServerHasThem()
    {
        var labelled = new BackupSource(["/data/world", "/data/config"], ["save-off", "save-all"], ["save-on"], StopDuringBackup: true);
        var id = await CreateServerAsync(ContractIds.Name("mc"), new Dictionary<string, string> { ["/data/a.txt"] = "a" }, labelled);

        var described = await Archive.DescribeAsync(id, default);

        Shape(described.Value).ShouldBe(Shape(labelled));
    }

    [Fact]
    public async Task ReportsInvalid_NamingThePath_WhenALabelledPathIsNotAbsolute()
    {
        var labelled = new BackupSource(["/data", "world"], [], [], StopDuringBackup: false);
        var id = await CreateServerAsync(ContractIds.Name("mc"), new Dictionary<string, string> { ["/data/a.txt"] = "a" }, labelled);

        var described = await Archive.DescribeAsync(id, default);

        var error = described.Errors.ShouldHaveSingleItem();
        error.Outcome.ShouldBe(Outcome.Invalid);
        error.Message.ShouldContain("`world`");
    }

    [Fact]
    public async Task ExportsEveryFile_UnderItsFullContainerPath()
    {
        var id = await CreateServerAsync(ContractIds.Name("mc"), new Dictionary<string, string>
        {
            ["/data/hello.txt"] = "hi",
            ["/data/sub/deep.txt"] = "deep",
        });

        var whole = await ExportAsync(id, ["/data"]);
        var nested = await ExportAsync(id, ["/data/sub"]);

        whole.ShouldBe(new Dictionary<string, string> { ["data/hello.txt"] = "hi", ["data/sub/deep.txt"] = "deep" }, ignoreOrder: true);
        nested.ShouldBe(new Dictionary<string, string> { ["data/sub/deep.txt"] = "deep" }, ignoreOrder: true);
    }

    [Fact]
    public async Task LeavesExactlyTheFilesOfTheTar_WhenReplacingAPath()
    {
        var id = await CreateServerAsync(ContractIds.Name("mc"), new Dictionary<string, string>
        {
            ["/data/old.txt"] = "old",
            ["/data/keep.txt"] = "v1",
            ["/data/sub/gone.txt"] = "gone",
        });
        using var tar = Tar(new Dictionary<string, string> { ["data/keep.txt"] = "v2", ["data/new.txt"] = "new" });

        var replaced = await Archive.ReplaceAsync(id, ["/data"], tar, default);

        replaced.IsSuccess.ShouldBeTrue();
        (await ExportAsync(id, ["/data"])).ShouldBe(new Dictionary<string, string> { ["data/keep.txt"] = "v2", ["data/new.txt"] = "new" }, ignoreOrder: true);
    }

    [Fact]
    public async Task ReportsNotFound_InOneSentence_WhenTheServerDoesNotExist()
    {
        var ghost = new ServerId("local", "0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f", ContractIds.Name("ghost"));
        using var tar = Tar(new Dictionary<string, string> { ["data/a.txt"] = "a" });

        Error[] errors =
        [
            .. (await Archive.DescribeAsync(ghost, default)).Errors,
            .. (await Archive.ExportAsync(ghost, ["/data"], Stream.Null, default)).Errors,
            .. (await Archive.ReplaceAsync(ghost, ["/data"], tar, default)).Errors,
        ];

        errors.Length.ShouldBe(3);
        errors.ShouldAllBe(e => e.Outcome == Outcome.NotFound && e.Message == $"No server named `{ghost.Name}`.");
    }

    private static string Shape(BackupSource source) =>
        $"paths [{string.Join(", ", source.Paths)}] pre [{string.Join(", ", source.PreCommands)}] post [{string.Join(", ", source.PostCommands)}] stop {source.StopDuringBackup}";

    private static MemoryStream Tar(IReadOnlyDictionary<string, string> files)
    {
        var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var (name, text) in files)
            {
                writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)) });
            }
        }

        tar.Position = 0;
        return tar;
    }

    /// <summary>The regular files of the exported tar, by entry name.</summary>
    private async Task<Dictionary<string, string>> ExportAsync(ServerId id, IReadOnlyList<string> paths)
    {
        using var tar = new MemoryStream();
        (await Archive.ExportAsync(id, paths, tar, default)).IsSuccess.ShouldBeTrue();
        tar.Position = 0;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = new TarReader(tar);
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile)
            {
                using var content = new StreamReader(entry.DataStream ?? Stream.Null, Encoding.UTF8);
                files[entry.Name] = await content.ReadToEndAsync();
            }
        }

        return files;
    }
}
