using System.Text;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Servers;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryContainerArchiveContractTests : ContainerArchiveContract
{
    private readonly InMemoryContainerArchive _archive = new();

    protected override IContainerArchive Archive => _archive;

    protected override Task<ServerId> CreateServerAsync(string name, IReadOnlyDictionary<string, string> files, BackupSource? labelled = null)
    {
        var id = new ServerId("local", $"{name}-id", name);
        _archive.Add(id, files.ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value)), mounts: ["/data"], labelled);
        return Task.FromResult(id);
    }
}
