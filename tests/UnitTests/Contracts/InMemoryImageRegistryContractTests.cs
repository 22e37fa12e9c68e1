using ServerStatus.Application.Updates;
using ServerStatus.Domain.Servers;
using ServerStatus.Domain.Updates;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryImageRegistryContractTests : ImageRegistryContract
{
    private readonly InMemoryImageRegistry _registry = new();

    protected override IImageRegistry Registry => _registry;

    protected override string UnknownReference => "127.0.0.1:5000/test/unknown:latest";

    protected override Task<(ServerId Server, string Reference)> ServerBehindItsRegistryAsync(string name, UpdatePolicy policy)
    {
        var reference = $"127.0.0.1:5000/test/{name}:latest";
        _registry.Runs($"local/{name}", reference, "sha256:1111", policy);
        _registry.Registry[reference] = new RegistryImage("sha256:2222", null);
        return Task.FromResult((new ServerId("local", name, name), reference));
    }

    protected override Task<ServerId> ServerOfALocalImageAsync(string name)
    {
        _registry.Running[$"local/{name}"] = new RunningImage("serverstatus-test/busybox:1", [], DateTimeOffset.UnixEpoch, UpdatePolicy.Notify);
        return Task.FromResult(new ServerId("local", name, name));
    }
}
