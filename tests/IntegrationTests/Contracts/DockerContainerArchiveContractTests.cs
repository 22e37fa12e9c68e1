using System.Formats.Tar;
using System.Text;
using Docker.DotNet.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Servers;
using ServerStatus.Infrastructure.Docker;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary>
/// <see cref="ContainerArchiveContract"/> for the Docker archive adapter on the real engine: busybox containers of one
/// sandbox per class (network none), each with a named volume at <c>/data</c> and the backup labels asked for; and what
/// only this adapter does: give memory back after a restore.
/// </summary>
public sealed class DockerContainerArchiveContractTests : ContainerArchiveContract, IClassFixture<DockerSandbox>, IDisposable
{
    private readonly DockerSandbox _sandbox;
    private readonly DockerEngines _engines;
    private readonly CapturedLogs _logs = new();

    public DockerContainerArchiveContractTests(DockerSandbox sandbox)
    {
        _sandbox = sandbox;
        var docker = Options.Create(new DockerOptions());
        docker.Value.Engines.Add(new EngineOptions { Name = "local", Endpoint = TestEngines.Primary });
        _engines = new DockerEngines(docker);
        Archive = new DockerContainerArchive(_engines, docker, Options.Create(new BackupOptions()), _logs.CreateLogger<DockerContainerArchive>());
    }

    protected override IContainerArchive Archive { get; }

    [Fact]
    public async Task GivesMemoryBack_AfterARestore_AndLogsHowMuch()
    {
        var id = await CreateServerAsync(ContractIds.Name("giveback"), new Dictionary<string, string> { ["/data/a.txt"] = "a" });
        using var tar = new MemoryStream();
        await using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, "data/b.txt") { DataStream = new MemoryStream("b"u8.ToArray()) });
        }

        tar.Position = 0;
        (await Archive.ReplaceAsync(id, ["/data"], tar, default)).IsSuccess.ShouldBeTrue();

        var line = _logs.Entries.Where(e => e.Level == LogLevel.Debug).ShouldHaveSingleItem();
        line.Message.ShouldStartWith("After the restore: gave back ");
        line.Message.ShouldContain("native heap trimmed: True"); // glibc, as on every machine the bot is deployed to
    }

    public void Dispose() => _engines.Dispose();

    protected override async Task<ServerId> CreateServerAsync(string name, IReadOnlyDictionary<string, string> files, BackupSource? labelled = null)
    {
        var labels = labelled is null ? null : new Dictionary<string, string>
        {
            [BackupLabels.Paths] = string.Join(';', labelled.Paths),
            [BackupLabels.PreCommands] = string.Join(';', labelled.PreCommands),
            [BackupLabels.PostCommands] = string.Join(';', labelled.PostCommands),
            [BackupLabels.Stop] = labelled.StopDuringBackup ? "true" : "false",
        };
        var volume = await _sandbox.CreateVolumeAsync();
        var id = await _sandbox.CreateServerAsync(name, start: false, labels: labels, binds: [$"{volume}:/data"]);
        var tar = new MemoryStream();
        await using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var (path, text) in files)
            {
                await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, path.TrimStart('/')) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)) });
            }
        }

        tar.Position = 0;
        await _sandbox.Primary.Containers.ExtractArchiveToContainerAsync(id, new CopyToContainerParameters { Path = "/" }, tar);
        return new ServerId("local", id, name);
    }
}
