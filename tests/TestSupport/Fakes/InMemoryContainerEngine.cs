using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Servers;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>
/// An in-process engine with the semantics of the Docker one, held to it by <c>ContainerEngineContract</c>: servers
/// with states that power actions change, engines that can be "down" (their servers are not listed and every call to
/// them is Unavailable), consoles only on running servers created with an open stdin, and exec that runs <c>echo</c>.
/// The configured engines are <c>local</c> and every engine a server was added on or marked down.
/// </summary>
public sealed class InMemoryContainerEngine : IContainerEngine
{
    private readonly List<ServerSummary> _servers = [];
    private readonly HashSet<ServerId> _openStdin = [];
    private readonly HashSet<ServerId> _ignoresSigterm = [];
    private readonly List<EngineProblem> _problems = [];
    private readonly List<string> _engines = ["local"];

    public List<string> Actions { get; } = [];

    /// <summary>Every line written to a console, as <c>engine/name: line</c>.</summary>
    public List<string> ConsoleLines { get; } = [];

    public int ListCalls { get; private set; }

    /// <summary>The log of each server by name.</summary>
    public Dictionary<string, IReadOnlyList<string>> Logs { get; } = [];

    /// <summary>What a server's console prints after reading a line (nothing by default).</summary>
    public Func<string, IReadOnlyList<string>> ConsoleAnswer { get; set; } = _ => [];

    /// <summary>Runs after a server's console read a line (e.g. to act while the caller is still sending).</summary>
    public Action<string>? WhileConsoleReads { get; set; }

    /// <param name="ignoresSigterm">The server keeps running after SIGTERM: stopping or restarting it has to kill it.</param>
    public ServerId Add(string name, ServerState state = ServerState.Running, string engine = "local", bool openStdin = false, bool ignoresSigterm = false)
    {
        var id = new ServerId(engine, $"{engine}-{name}-id", name);
        _servers.Add(new ServerSummary(id, state, state.ToString(), HealthStatus.None, null, "img:1", TimeSpan.FromSeconds(30)));
        Configure(engine);
        if (openStdin)
        {
            _openStdin.Add(id);
        }

        if (ignoresSigterm)
        {
            _ignoresSigterm.Add(id);
        }

        return id;
    }

    /// <summary>The server's labels name a player source (as <see cref="ServerSummary.HasPlayerSource"/> reports it).</summary>
    /// <summary>The container was removed outside the bot.</summary>
    public void Remove(string name) => _servers.RemoveAll(s => s.Id.Name == name);

    public void GivePlayerSource(string name)
    {
        var index = _servers.FindIndex(s => s.Id.Name == name);
        _servers[index] = _servers[index] with { HasPlayerSource = true };
    }

    public void MarkDown(string engine)
    {
        Configure(engine);
        _problems.Add(new EngineProblem(engine, $"Docker engine `{engine}` is not reachable."));
    }

    /// <summary>Whether discovery takes every container, as with <c>Docker:Discovery:Mode</c> <c>All</c>.</summary>
    public bool EveryContainer { get; set; }

    public ServerState StateOf(string name) => _servers.Single(s => s.Id.Name == name).State;

    public Task<ServerInventory> ListServersAsync(CancellationToken ct)
    {
        ListCalls++;
        return Task.FromResult(new ServerInventory([.. _servers.Where(s => !IsDown(s.Id.Engine))], [.. _problems]) { EveryContainer = EveryContainer });
    }

    public Task<Result<ServerDetails>> InspectAsync(ServerId server, CancellationToken ct) =>
        Call(server, s => Result<ServerDetails>.Success(new ServerDetails(server, s.State, s.Health, s.Image, DateTimeOffset.UnixEpoch, null, null, 0, null, null, null)));

    /// <summary>What <see cref="GetFactsAsync"/> answers for a server by name, instead of facts made from its summary.</summary>
    public Dictionary<string, ContainerFacts> Facts { get; } = [];

    /// <summary>The labels of a server by name, in the facts made from its summary.</summary>
    public Dictionary<string, Dictionary<string, string>> Labels { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Task<Result<ContainerFacts>> GetFactsAsync(ServerId server, CancellationToken ct) =>
        Call(server, s => Result<ContainerFacts>.Success(Facts.TryGetValue(server.Name, out var facts) ? facts : new ContainerFacts(
            server, s.State, s.Health, s.Image, "sha256:" + s.Image, null, null, 0, s.ExitCode, OomKilled: false, null, "no", null)
        {
            Labels = Labels.GetValueOrDefault(server.Name) ?? new Dictionary<string, string>(),
        }));

    public Task<Result<IReadOnlyList<string>>> GetLogTailAsync(ServerId server, int lines, CancellationToken ct) =>
        Call(server, _ => Result<IReadOnlyList<string>>.Success(Logs.TryGetValue(server.Name, out var log) ? [.. log.TakeLast(lines)] : []));

    public Task<Result<PowerChange>> StartAsync(ServerId server, CancellationToken ct) =>
        Transition(server, "start", ServerState.Running, alreadyWhen: ServerState.Running);

    public async Task<Result<PowerChange>> StopAsync(ServerId server, TimeSpan timeout, CancellationToken ct) =>
        Forced(server, await Transition(server, $"stop {timeout.TotalSeconds}s", ServerState.Exited, alreadyWhen: ServerState.Exited));

    public async Task<Result<PowerChange>> RestartAsync(ServerId server, TimeSpan timeout, CancellationToken ct) =>
        Forced(server, await Transition(server, "restart", ServerState.Running, alreadyWhen: null));

    public Task<Result<PowerChange>> KillAsync(ServerId server, CancellationToken ct) =>
        Transition(server, "kill", ServerState.Exited, alreadyWhen: ServerState.Exited);

    public Task<IReadOnlyList<EngineVersion>> GetVersionsAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<EngineVersion>>([.. _engines.Select(engine => _problems.FirstOrDefault(p => p.Engine == engine) is { } problem
            ? new EngineVersion(engine, null, null, problem.Message)
            : new EngineVersion(engine, "20.10.24", "1.41", null))]);

    public Task<Result<IReadOnlyList<string>>> SendConsoleLineAsync(ServerId server, string line, TimeSpan echoWindow, CancellationToken ct) =>
        Call(server, s =>
        {
            if (!_openStdin.Contains(server))
            {
                return Error.Conflict($"`{server.Name}` was not created with an open stdin, so it has no console to write to.", server.Name);
            }

            if (s.State != ServerState.Running)
            {
                return Error.Conflict($"`{server.Name}` is not running, so its console is not listening.", server.Name);
            }

            Actions.Add($"cmd {server.QualifiedName}");
            ConsoleLines.Add($"{server.QualifiedName}: {line}");
            WhileConsoleReads?.Invoke(line);
            return Result<IReadOnlyList<string>>.Success(echoWindow > TimeSpan.Zero ? ConsoleAnswer(line) : []);
        });

    public Task<Result<ExecOutcome>> ExecAsync(ServerId server, IReadOnlyList<string> command, TimeSpan timeout, CancellationToken ct) =>
        Call(server, s =>
        {
            if (s.State != ServerState.Running)
            {
                return Error.Conflict($"Docker engine `{server.Engine}` refused: container {server.ContainerId} is not running.", server.Name);
            }

            Actions.Add($"exec {server.QualifiedName}");
            var output = command.Count > 0 && command[0] == "echo" ? string.Join(' ', command.Skip(1)) + "\n" : "";
            return Result<ExecOutcome>.Success(new ExecOutcome(0, output, TimedOut: false, Killed: false));
        });

    private void Configure(string engine)
    {
        if (!_engines.Contains(engine))
        {
            _engines.Add(engine);
        }
    }

    private bool IsDown(string engine) => _problems.Any(p => p.Engine == engine);

    /// <summary>The answer of an engine that is not configured, does not answer, or has no such server; else <paramref name="call"/>'s.</summary>
    private Task<Result<T>> Call<T>(ServerId id, Func<ServerSummary, Result<T>> call)
    {
        if (!_engines.Contains(id.Engine))
        {
            return Task.FromResult<Result<T>>(Error.Unavailable($"Docker engine `{id.Engine}` is not configured.", id.Name));
        }

        if (IsDown(id.Engine))
        {
            return Task.FromResult<Result<T>>(Error.Unavailable($"Docker engine `{id.Engine}` is not reachable.", id.Name));
        }

        var server = _servers.FirstOrDefault(s => s.Id == id);
        return Task.FromResult(server is null ? Error.NotFound($"No server named `{id.Name}`.", id.Name) : call(server));
    }

    // A server that ignores SIGTERM is killed when its stop timeout runs out, as the engine does.
    private Result<PowerChange> Forced(ServerId id, Result<PowerChange> change) =>
        change is { IsSuccess: true, Value: PowerChange.Done } && _ignoresSigterm.Contains(id) ? PowerChange.Forced : change;

    private Task<Result<PowerChange>> Transition(ServerId id, string action, ServerState target, ServerState? alreadyWhen) =>
        Call(id, server =>
        {
            Actions.Add($"{action} {id.QualifiedName}");
            if (server.State == alreadyWhen)
            {
                return Result<PowerChange>.Success(PowerChange.AlreadyInState);
            }

            _servers[_servers.IndexOf(server)] = server with { State = target };
            return Result<PowerChange>.Success(PowerChange.Done);
        });
}
