using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text;
using Docker.DotNet.Models;
using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Backups.RestoreBackup;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Backups;
using ServerStatus.Infrastructure.Docker;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.IntegrationTests.Backups;

/// <summary>
/// Backups and restores on the real engine with a named volume (<c>/data</c>) and a bind mount
/// (<c>/srv/config</c>): nested directories, unicode names, empty files, symlinks and a 50 MB file.
/// </summary>
public sealed class BackupRestoreTests(BackupRestoreTests.Setup fixture) : AppTests<BackupRestoreTests.Setup>(fixture)
{
    private const int BigFileBytes = 50 * 1024 * 1024;
    private static readonly string[] Paths = ["/data", "/srv/config"];

    private ControlledBackupArchive Archive => Fixture.Archive;

    [Fact]
    public async Task RestoresContentsByteForByte_AndRemovesFilesAddedSince()
    {
        var (id, bind) = await CreateDataServerAsync("world");
        var backup = await App.SendAsync(TestApp.Admin, new CreateBackup("world", "before"));
        string.Join(" ", backup.Errors.Select(e => e.Message)).ShouldBeEmpty();
        var atBackup = await SnapshotAsync(id);
        atBackup.Keys.ShouldContain("srv/config/big.bin");
        atBackup.Keys.ShouldContain("data/ünïcødé ✓.dat");
        atBackup["data/latest"].ShouldStartWith("SymbolicLink|world/region/r.0.0.mca");

        await ChangeFilesAsync(id, bind);
        (await SnapshotAsync(id)).ShouldNotBe(atBackup);
        var restored = await App.SendAsync(TestApp.Admin, new RestoreBackup("world", "before"));

        string.Join(" ", restored.Errors.Select(e => e.Message)).ShouldBeEmpty();
        restored.Value.Restarted.ShouldBeTrue();
        var afterRestore = await SnapshotAsync(id);
        afterRestore.ShouldBe(atBackup);
        afterRestore.Keys.ShouldNotContain("srv/config/added.txt");
        afterRestore.Keys.ShouldNotContain("data/new-in-volume.txt");
        (await Sandbox.WaitForStateAsync(id, "running")).Status.ShouldBe("running");
        var list = await App.SendAsync(TestApp.Admin, new ListBackups("world"));
        list.Value.Backups.Select(b => b.Trigger).ShouldBe([BackupTrigger.PreRestore, BackupTrigger.Manual]);
        list.Value.Backups[1].Sha256.Length.ShouldBe(64);
        Directory.EnumerateFiles(Fixture.BackupDirectory, "*.tar.zst", SearchOption.AllDirectories).Count().ShouldBe(2);
    }

    [Fact]
    public async Task SaysAnArchiveIsMissing_WithoutShowingTheBackupDirectory()
    {
        await CreateDataServerAsync("vanished");
        (await App.SendAsync(TestApp.Admin, new CreateBackup("vanished", "b1"))).IsSuccess.ShouldBeTrue();
        File.Delete(Directory.EnumerateFiles(Path.Combine(Fixture.BackupDirectory, "local", "vanished")).Single());

        var result = await App.SendAsync(TestApp.Admin, new RestoreBackup("vanished", "b1"));

        result.Errors.ShouldHaveSingleItem().Message.ShouldContain("missing");
        result.Errors[0].Message.ShouldNotContain(Fixture.BackupDirectory);
        App.Logs.AllText.ShouldContain(Fixture.BackupDirectory);
    }

    [Fact]
    public async Task RefusesADamagedArchive_AndLeavesTheServerUntouched()
    {
        var (id, bind) = await CreateDataServerAsync("damaged");
        (await App.SendAsync(TestApp.Admin, new CreateBackup("damaged", "b1"))).IsSuccess.ShouldBeTrue();
        await ChangeFilesAsync(id, bind);
        var changed = await SnapshotAsync(id);
        var file = Directory.EnumerateFiles(Path.Combine(Fixture.BackupDirectory, "local", "damaged")).Single();
        await using (var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite))
        {
            stream.Position = stream.Length / 2;
            var value = stream.ReadByte();
            stream.Position--;
            stream.WriteByte((byte)(value ^ 0xFF));
        }

        var result = await App.SendAsync(TestApp.Admin, new RestoreBackup("damaged", "b1"));

        result.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Conflict);
        result.Errors[0].Message.ShouldContain("damaged");
        result.Errors[0].Message.ShouldContain("not touched");
        (await SnapshotAsync(id)).ShouldBe(changed);
        (await Sandbox.StateAsync(id)).Running.ShouldBeTrue();
        (await App.SendAsync(TestApp.Admin, new ListBackups("damaged"))).Value.Backups.Count.ShouldBe(1);
    }

    [Fact]
    public async Task RollsBackToThePreRestoreState_WhenTheRestoreFailsMidway()
    {
        var (id, bind) = await CreateDataServerAsync("rollback");
        (await App.SendAsync(TestApp.Admin, new CreateBackup("rollback", "b1"))).IsSuccess.ShouldBeTrue();
        await ChangeFilesAsync(id, bind);
        var beforeRestore = await SnapshotAsync(id);
        Archive.BreakNextReplaceAfter = 20 * 1024 * 1024;

        var result = await App.SendAsync(TestApp.Admin, new RestoreBackup("rollback", "b1"));

        result.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Failed); // the engine answered: not "Docker did not answer"
        result.Errors[0].Message.ShouldContain("failed");
        result.Errors[0].Message.ShouldContain("rolled back to the safety backup `pre-restore-");
        (await SnapshotAsync(id)).ShouldBe(beforeRestore);
        (await Sandbox.WaitForStateAsync(id, "running")).Status.ShouldBe("running");
    }

    [Fact]
    public async Task RegistersNothing_WhenABackupIsCancelledMidStream()
    {
        await CreateDataServerAsync("cancelled");
        using var cancel = new CancellationTokenSource();
        Archive.OnExportProgress = (8 * 1024 * 1024, cancel.Cancel);

        var attempt = () => App.SendAsync(TestApp.Admin, new CreateBackup("cancelled", "half"), cancel.Token);

        await attempt.ShouldThrowAsync<OperationCanceledException>();
        Archive.OnExportProgress = null;
        (await App.SendAsync(TestApp.Admin, new ListBackups("cancelled"))).Value.Backups.ShouldBeEmpty();
        Directory.EnumerateFiles(Fixture.BackupDirectory, "*", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task StartUpRemovesTemporaryFiles_LeftByACrashMidBackup()
    {
        var leftover = Path.Combine(Fixture.BackupDirectory, "crashed", ".b1.tar.zst.0123456789abcdef.tmp");
        Directory.CreateDirectory(Path.GetDirectoryName(leftover)!);
        await File.WriteAllBytesAsync(leftover, new byte[1024]);

        var problems = await App.Services.GetRequiredService<StartupChecks>().RunAsync(CancellationToken.None);

        problems.ShouldBeEmpty();
        File.Exists(leftover).ShouldBeFalse();
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("a/b")]
    [InlineData("/etc/passwd")]
    [InlineData("name with spaces")]
    public async Task RejectsBackupNamesThatCouldLeaveTheDirectory(string name)
    {
        var created = await App.SendAsync(TestApp.Admin, new CreateBackup("anything", name));
        var restored = await App.SendAsync(TestApp.Admin, new RestoreBackup("anything", name));
        var deleted = await App.SendAsync(TestApp.Admin, new DeleteBackup("anything", name));

        created.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Invalid);
        restored.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Invalid);
        deleted.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Invalid);
    }

    [Fact]
    public async Task RejectsServerNamesThatCouldLeaveTheDirectory()
    {
        var result = await App.SendAsync(TestApp.Admin, new ListBackups("../etc"));

        result.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Invalid);
    }

    [Fact]
    public async Task RefusesASecondBackup_AndPowerActionsDuringARestore()
    {
        await CreateDataServerAsync("busy", bigFile: false);
        (await App.SendAsync(TestApp.Admin, new CreateBackup("busy", "b1"))).IsSuccess.ShouldBeTrue();
        Archive.HoldExport = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Archive.ResetPause();
        var first = App.SendAsync(TestApp.Admin, new CreateBackup("busy", "b2"));
        await Archive.Paused.Task.WaitAsync(TimeSpan.FromSeconds(20));

        var second = await App.SendAsync(TestApp.Admin, new CreateBackup("busy", "b3"));

        second.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Conflict);
        second.Errors[0].Message.ShouldContain("busy with a backup");
        Archive.HoldExport.SetResult();
        Archive.HoldExport = null;
        (await first).IsSuccess.ShouldBeTrue();

        Archive.HoldReplace = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Archive.ResetPause();
        var restore = App.SendAsync(TestApp.Admin, new RestoreBackup("busy", "b1"));
        await Archive.Paused.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var stop = await App.SendAsync(TestApp.Admin, new RunPowerAction(PowerAction.Stop, ["busy"]));
        var backupDuringRestore = await App.SendAsync(TestApp.Admin, new CreateBackup("busy", "b4"));
        Archive.HoldReplace.SetResult();
        Archive.HoldReplace = null;

        stop.Value.Servers.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Conflict);
        stop.Value.Servers[0].Message.ShouldContain("restored");
        backupDuringRestore.Errors.ShouldHaveSingleItem().Message.ShouldContain("busy with a restore");
        (await restore).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public async Task DeletesABackup_FileAndRecord()
    {
        await CreateDataServerAsync("deleting", bigFile: false);
        (await App.SendAsync(TestApp.Admin, new CreateBackup("deleting", "old"))).IsSuccess.ShouldBeTrue();

        var deleted = await App.SendAsync(TestApp.Admin, new DeleteBackup("deleting", "old"));
        var again = await App.SendAsync(TestApp.Admin, new DeleteBackup("deleting", "old"));

        deleted.IsSuccess.ShouldBeTrue();
        again.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.NotFound);
        Directory.EnumerateFiles(Fixture.BackupDirectory, "*", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task SendsPreAndPostCommands_AroundTheBackup()
    {
        var volume = await Sandbox.CreateVolumeAsync();
        await Sandbox.CreateServerAsync("console", command: "while read -r line; do echo \"got: $line\"; done", openStdin: true, binds: [$"{volume}:/data"],
            labels: new Dictionary<string, string> { [BackupLabels.PreCommands] = "save-off; save-all", [BackupLabels.PostCommands] = "save-on" });

        var result = await App.SendAsync(TestApp.Admin, new CreateBackup("console", "b1"));

        result.IsSuccess.ShouldBeTrue();
        (await App.SendAsync(TestApp.Admin, new GetServerLogs("console", 10))).Value.Lines.ShouldBe(["got: save-off", "got: save-all", "got: save-on"]);
    }

    [Fact]
    public async Task StopsDuringTheBackup_AndStartsAgain_WithTheStopLabel()
    {
        var volume = await Sandbox.CreateVolumeAsync();
        var id = await Sandbox.CreateServerAsync("stopper", binds: [$"{volume}:/data"], labels: new Dictionary<string, string> { [BackupLabels.Stop] = "true" });
        var startedBefore = (await Sandbox.StateAsync(id)).StartedAt;

        var result = await App.SendAsync(TestApp.Admin, new CreateBackup("stopper", "b1"));

        result.IsSuccess.ShouldBeTrue();
        var state = await Sandbox.WaitForStateAsync(id, "running");
        state.Status.ShouldBe("running");
        state.StartedAt.ShouldNotBe(startedBefore);
    }

    [Fact]
    public async Task ExplainsWhatToDo_WhenAServerHasNoMounts()
    {
        await Sandbox.CreateServerAsync("bare");

        var result = await App.SendAsync(TestApp.Admin, new CreateBackup("bare"));

        result.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Invalid);
        result.Errors[0].Message.ShouldContain(BackupLabels.Paths);
    }

    private async Task<(string Id, string Bind)> CreateDataServerAsync(string name, bool bigFile = true)
    {
        var volume = await Sandbox.CreateVolumeAsync();
        var bind = Sandbox.CreateBindDirectory();
        Directory.CreateDirectory(Path.Combine(bind, "nested", "a", "b"));
        await File.WriteAllTextAsync(Path.Combine(bind, "nested", "a", "b", "c.txt"), "deep\n");
        await File.WriteAllTextAsync(Path.Combine(bind, "日本語 файл.txt"), "unicode ✓\n");
        await File.WriteAllBytesAsync(Path.Combine(bind, "empty.txt"), []);
        File.CreateSymbolicLink(Path.Combine(bind, "link-to-c"), "nested/a/b/c.txt");
        if (bigFile)
        {
            await WriteRandomFileAsync(Path.Combine(bind, "big.bin"), BigFileBytes);
        }

        var id = await Sandbox.CreateServerAsync(name, binds: [$"{volume}:/data", $"{bind}:/srv/config"]);
        await Sandbox.Primary.Containers.ExtractArchiveToContainerAsync(id, new CopyToContainerParameters { Path = "/data" }, VolumeSeed());
        return (id, bind);
    }

    private static MemoryStream VolumeSeed()
    {
        var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var directory in new[] { "world", "world/region", ".cache" })
            {
                writer.WriteEntry(new PaxTarEntry(TarEntryType.Directory, directory));
            }

            AddFile(writer, "world/region/r.0.0.mca", RandomNumberGenerator.GetBytes(300_000));
            AddFile(writer, "ünïcødé ✓.dat", Encoding.UTF8.GetBytes("grüße\n"));
            AddFile(writer, "empty.txt", []);
            AddFile(writer, ".cache/.hidden", Encoding.UTF8.GetBytes("hidden\n"));
            writer.WriteEntry(new PaxTarEntry(TarEntryType.SymbolicLink, "latest") { LinkName = "world/region/r.0.0.mca" });
        }

        tar.Position = 0;
        return tar;
    }

    private async Task ChangeFilesAsync(string id, string bind)
    {
        var name = (await Sandbox.InspectAsync(id)).Config?.Labels?[ServerLabels.Name] ?? throw new InvalidOperationException("No alias label.");
        await File.AppendAllTextAsync(Path.Combine(bind, "nested", "a", "b", "c.txt"), "edited\n");
        await File.WriteAllTextAsync(Path.Combine(bind, "added.txt"), "new\n");
        File.Delete(Path.Combine(bind, "empty.txt"));
        var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            AddFile(writer, "new-in-volume.txt", Encoding.UTF8.GetBytes("added\n"));
            AddFile(writer, "ünïcødé ✓.dat", Encoding.UTF8.GetBytes("changed\n"));
        }

        tar.Position = 0;
        await Sandbox.Primary.Containers.ExtractArchiveToContainerAsync(id, new CopyToContainerParameters { Path = "/data" }, tar);
        var removed = await App.SendAsync(TestApp.Admin, new ExecInServer(name, ["rm", "-rf", "/data/.cache"]));
        removed.Value.Outcome.ExitCode.ShouldBe(0);
    }

    /// <summary>Every entry of the mounts: type, link target and content hash (what a restore must reproduce).</summary>
    private async Task<Dictionary<string, string>> SnapshotAsync(string id)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Paths)
        {
            var response = await Sandbox.Primary.Containers.GetArchiveFromContainerAsync(id, new ContainerPathStatParameters { Path = path }, statOnly: false);
            await using var stream = response.Stream ?? throw new InvalidOperationException($"No archive for {path}.");
            await using var reader = new TarReader(stream);
            var prefix = DockerContainerArchive.ParentPrefix(path);
            while (await reader.GetNextEntryAsync() is { } entry)
            {
                var hash = entry.DataStream is null ? "" : Convert.ToHexString(await SHA256.HashDataAsync(new KnownLengthReadStream(entry.DataStream, entry.Length)));
                entries[prefix + entry.Name.TrimEnd('/')] = $"{entry.EntryType}|{entry.LinkName}|{hash}|{entry.Length}";
            }
        }

        return entries;
    }

    private static void AddFile(TarWriter writer, string name, byte[] content) =>
        writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content) });

    private static async Task WriteRandomFileAsync(string path, int bytes)
    {
        var random = new Random(42);
        var buffer = new byte[1024 * 1024];
        await using var file = File.Create(path);
        for (var written = 0; written < bytes; written += buffer.Length)
        {
            random.NextBytes(buffer);
            await file.WriteAsync(buffer);
        }
    }

    /// <summary>The app with the real archive adapter behind test switches (<see cref="ControlledBackupArchive"/>), which a reset turns off.</summary>
    public sealed class Setup : AppFixture
    {
        public string BackupDirectory { get; } = Directory.CreateTempSubdirectory("serverstatus-backups-").FullName;

        public ControlledBackupArchive Archive => App.Services.GetRequiredService<ControlledBackupArchive>();

        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Backups:Directory"] = BackupDirectory;
            settings["Backups:MinFreeSpaceMegabytes"] = "0";
            settings["Backups:ConsoleEchoMilliseconds"] = "300";
        }

        protected override void ConfigureServices(IServiceCollection services)
        {
            services.AddSingleton<DockerContainerArchive>();
            services.AddSingleton(sp => new ControlledBackupArchive(sp.GetRequiredService<DockerContainerArchive>()));
            services.AddSingleton<IContainerArchive>(sp => sp.GetRequiredService<ControlledBackupArchive>());
        }

        protected override Task ResetAsync()
        {
            Archive.TurnOff();
            return base.ResetAsync();
        }

        protected override Task CleanUpAsync()
        {
            Directory.Delete(BackupDirectory, recursive: true);
            return Task.CompletedTask;
        }
    }
}
