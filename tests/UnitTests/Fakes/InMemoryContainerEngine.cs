using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Servers;

namespace ServerStatus.UnitTests.Fakes;

/// <summary>An in-process engine: servers with states that power actions change, and engines that can be "down".</summary>
public sealed class InMemoryContainerEngine : IContainerEngine
{
    private readonly List<ServerSummary> _servers = [];
    private readonly List<EngineProblem> _problems = [];

    public List<string> Actions { get; } = [];

    public int ListCalls { get; private set; }

    public Dictionary<string, IReadOnlyList<string>> Logs { get; } = [];

    public ServerId Add(string name, ServerState state = ServerState.Running, string engine = "local")
    {
        var id = new ServerId(engine, $"{engine}-{name}-id", name);
        _servers.Add(new ServerSummary(id, state, state.ToString(), HealthStatus.None, null, "img:1", TimeSpan.FromSeconds(30)));
        return id;
    }

    public void MarkDown(string engine) => _problems.Add(new EngineProblem(engine, $"Docker engine `{engine}` is not reachable."));

    public Task<ServerInventory> ListServersAsync(CancellationToken ct)
    {
        ListCalls++;
        return Task.FromResult(new ServerInventory([.. _servers], [.. _problems]));
    }

    public Task<Result<ServerDetails>> InspectAsync(ServerId server, CancellationToken ct) =>
        Task.FromResult(Find(server) is { } s
            ? Result<ServerDetails>.Success(new ServerDetails(server, s.State, s.Health, s.Image, DateTimeOffset.UnixEpoch, null, null, 0, null, null, null))
            : Result<ServerDetails>.Fail([Error.NotFound($"No server named `{server.Name}`.")]));

    public Task<Result<IReadOnlyList<string>>> GetLogTailAsync(ServerId server, int lines, CancellationToken ct) =>
        Task.FromResult(Result<IReadOnlyList<string>>.Success(Logs.TryGetValue(server.Name, out var log) ? [.. log.TakeLast(lines)] : []));

    public Task<Result<PowerChange>> StartAsync(ServerId server, CancellationToken ct) =>
        Transition(server, "start", ServerState.Running, alreadyWhen: ServerState.Running);

    public Task<Result<PowerChange>> StopAsync(ServerId server, TimeSpan timeout, CancellationToken ct) =>
        Transition(server, $"stop {timeout.TotalSeconds}s", ServerState.Exited, alreadyWhen: ServerState.Exited);

    public Task<Result<PowerChange>> RestartAsync(ServerId server, TimeSpan timeout, CancellationToken ct) =>
        Transition(server, "restart", ServerState.Running, alreadyWhen: null);

    public Task<Result<PowerChange>> KillAsync(ServerId server, CancellationToken ct) =>
        Transition(server, "kill", ServerState.Exited, alreadyWhen: ServerState.Exited);

    public Task<IReadOnlyList<EngineVersion>> GetVersionsAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<EngineVersion>>([new EngineVersion("local", "20.10.24", "1.41", null)]);

    public Task<Result<IReadOnlyList<string>>> SendConsoleLineAsync(ServerId server, string line, TimeSpan echoWindow, CancellationToken ct)
    {
        Actions.Add($"cmd {server.QualifiedName}");
        return Task.FromResult(Result<IReadOnlyList<string>>.Success([$"> {line}"]));
    }

    public Task<Result<ExecOutcome>> ExecAsync(ServerId server, IReadOnlyList<string> command, TimeSpan timeout, CancellationToken ct)
    {
        Actions.Add($"exec {server.QualifiedName}");
        return Task.FromResult(Result<ExecOutcome>.Success(new ExecOutcome(0, string.Join(' ', command), false, false)));
    }

    public ServerState StateOf(string name) => _servers.Single(s => s.Id.Name == name).State;

    private ServerSummary? Find(ServerId id) => _servers.FirstOrDefault(s => s.Id == id);

    private Task<Result<PowerChange>> Transition(ServerId id, string action, ServerState target, ServerState? alreadyWhen)
    {
        var server = Find(id);
        if (server is null)
        {
            return Task.FromResult(Result<PowerChange>.Fail([Error.NotFound($"No server named `{id.Name}`.")]));
        }

        Actions.Add($"{action} {id.QualifiedName}");
        if (server.State == alreadyWhen)
        {
            return Task.FromResult(Result<PowerChange>.Success(PowerChange.AlreadyInState));
        }

        _servers[_servers.IndexOf(server)] = server with { State = target };
        return Task.FromResult(Result<PowerChange>.Success(PowerChange.Done));
    }
}
