using System.Formats.Tar;
using System.Text;
using Docker.DotNet.Models;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Servers;
using ServerStatus.Infrastructure.Docker;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary>
/// <see cref="ContainerArchiveContract"/> for the Docker archive adapter on the real engine: busybox containers of one
/// sandbox per class (network none), each with a named volume at <c>/data</c> and the backup labels asked for.
/// </summary>
public sealed class DockerContainerArchiveContractTests : ContainerArchiveContract, IClassFixture<DockerSandbox>, IDisposable
{
    private readonly DockerSandbox _sandbox;
    private readonly DockerEngines _engines;

    public DockerContainerArchiveContractTests(DockerSandbox sandbox)
    {
        _sandbox = sandbox;
        var docker = Options.Create(new DockerOptions());
        docker.Value.Engines.Add(new EngineOptions { Name = "local", Endpoint = TestEngines.Primary });
        _engines = new DockerEngines(docker);
        Archive = new DockerContainerArchive(_engines, docker, Options.Create(new BackupOptions()), NullLogger<DockerContainerArchive>.Instance);
    }

    protected override IContainerArchive Archive { get; }

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
