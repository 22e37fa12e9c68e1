using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Logging;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryLogDirectoryContractTests : LogDirectoryContract
{
    private readonly InMemoryLogDirectory _directory = new("latest.log");

    protected override ILogDirectory Directory => _directory;

    protected override Task WriteAsync(string name, int kb, DateTimeOffset written)
    {
        _directory.Add(name, kb, written);
        return Task.CompletedTask;
    }

    protected override IDisposable HoldOpen(string name) => _directory.HoldOpen(name);

    protected override bool Exists(string name) => _directory.Names.Contains(name);
}
