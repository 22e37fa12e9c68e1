using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Servers;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryContainerEngineContractTests : ContainerEngineContract
{
    private readonly InMemoryContainerEngine _engine = new();

    public InMemoryContainerEngineContractTests()
    {
        _engine.MarkDown(DownEngine);
        _engine.ConsoleAnswer = line => [$"got: {line}"];
    }

    protected override IContainerEngine Engine => _engine;

    protected override Task<ServerId> CreateServerAsync(string name, bool running) =>
        Task.FromResult(_engine.Add(name, running ? ServerState.Running : ServerState.Exited));

    protected override Task<ServerId> CreateServerWithLogAsync(string name, IReadOnlyList<string> lines)
    {
        _engine.Logs[name] = lines;
        return CreateServerAsync(name, running: false);
    }

    protected override Task<ServerId> CreateConsoleServerAsync(string name, bool running) =>
        Task.FromResult(_engine.Add(name, running ? ServerState.Running : ServerState.Exited, openStdin: true));

    protected override Task<ServerId> CreateServerIgnoringSigtermAsync(string name) => Task.FromResult(_engine.Add(name, ignoresSigterm: true));
}
