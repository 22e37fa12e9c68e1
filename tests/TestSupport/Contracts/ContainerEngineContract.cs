using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Servers;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What callers rely on from an <see cref="IContainerEngine"/> configured with the engine <c>local</c>, where the
/// servers are, and the engine <see cref="DownEngine"/>, which does not answer: the list shows every server with its
/// state and names the silent engine; power actions change the state or say it already was so; logs are tailed
/// oldest first; the console and exec answer only on a running server that can take them; a server that does not
/// exist is NotFound in one sentence, one on a silent engine Unavailable. Every fact creates servers of its own.
/// </summary>
public abstract class ContainerEngineContract
{
    protected const string DownEngine = "down";

    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan EchoWindow = TimeSpan.FromMilliseconds(700);
    private static readonly TimeSpan ExecTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The engine under test.</summary>
    protected abstract IContainerEngine Engine { get; }

    /// <summary>A server on <c>local</c>, running (a process that exits at once on SIGTERM) or stopped after having run.</summary>
    protected abstract Task<ServerId> CreateServerAsync(string name, bool running);

    /// <summary>A stopped server on <c>local</c> whose log is exactly <paramref name="lines"/> (plain words and spaces).</summary>
    protected abstract Task<ServerId> CreateServerWithLogAsync(string name, IReadOnlyList<string> lines);

    /// <summary>A server on <c>local</c> with an open stdin that answers every line it reads with <c>got: &lt;line&gt;</c>.</summary>
    protected abstract Task<ServerId> CreateConsoleServerAsync(string name, bool running);

    /// <summary>A running server that ignores SIGTERM: only SIGKILL stops it.</summary>
    protected abstract Task<ServerId> CreateServerIgnoringSigtermAsync(string name);

    [Fact]
    public async Task ListsEveryServer_WithItsState()
    {
        var running = await CreateServerAsync(ContractIds.Name("up"), running: true);
        var stopped = await CreateServerAsync(ContractIds.Name("down"), running: false);

        var inventory = await Engine.ListServersAsync(default);

        inventory.Servers.Where(s => s.Id == running || s.Id == stopped).Select(s => (s.Id, s.State)).OrderBy(s => s.Id.Name, StringComparer.Ordinal)
            .ShouldBe([(stopped, ServerState.Exited), (running, ServerState.Running)]);
    }

    [Fact]
    public async Task NamesTheEngineThatDoesNotAnswer_AndStillListsTheOthers()
    {
        var server = await CreateServerAsync(ContractIds.Name("mc"), running: true);

        var inventory = await Engine.ListServersAsync(default);

        var problem = inventory.Problems.ShouldHaveSingleItem();
        problem.Engine.ShouldBe(DownEngine);
        problem.Message.ShouldContain($"`{DownEngine}`");
        inventory.Servers.Select(s => s.Id).ShouldContain(server);
        inventory.Servers.ShouldNotContain(s => s.Id.Engine == DownEngine);
    }

    [Fact]
    public async Task InspectsAServer_AsTheListShowsIt()
    {
        var id = await CreateServerAsync(ContractIds.Name("mc"), running: true);
        var listed = (await Engine.ListServersAsync(default)).Servers.Single(s => s.Id == id);

        var details = await Engine.InspectAsync(id, default);

        (details.Value.Id, details.Value.State, details.Value.Image).ShouldBe((id, ServerState.Running, listed.Image));
    }

    [Fact]
    public async Task TellsTheFactsOfAServer_AsTheListShowsIt()
    {
        var id = await CreateServerAsync(ContractIds.Name("mc"), running: true);
        var listed = (await Engine.ListServersAsync(default)).Servers.Single(s => s.Id == id);

        var facts = (await Engine.GetFactsAsync(id, default)).Value;

        (facts.Server, facts.State, facts.Image, facts.ExitCode).ShouldBe((id, ServerState.Running, listed.Image, (int?)null));
        (facts.OomKilled, facts.MemoryLimitBytes, facts.RestartPolicy).ShouldBe((false, (long?)null, "no"));
        facts.ImageId.ShouldStartWith("sha256:");
    }

    [Fact]
    public async Task ReportsNotFound_InOneSentence_WhenTheServerDoesNotExist()
    {
        var ghost = new ServerId("local", "0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f", ContractIds.Name("ghost"));

        Error[] errors =
        [
            .. (await Engine.InspectAsync(ghost, default)).Errors,
            .. (await Engine.GetFactsAsync(ghost, default)).Errors,
            .. (await Engine.GetLogTailAsync(ghost, 10, default)).Errors,
            .. (await Engine.StartAsync(ghost, default)).Errors,
            .. (await Engine.StopAsync(ghost, StopTimeout, default)).Errors,
            .. (await Engine.RestartAsync(ghost, StopTimeout, default)).Errors,
            .. (await Engine.KillAsync(ghost, default)).Errors,
            .. (await Engine.SendConsoleLineAsync(ghost, "say hi", EchoWindow, default)).Errors,
            .. (await Engine.ExecAsync(ghost, ["echo", "hi"], ExecTimeout, default)).Errors,
        ];

        errors.Length.ShouldBe(9);
        errors.ShouldAllBe(e => e.Outcome == Outcome.NotFound && e.Message == $"No server named `{ghost.Name}`.");
    }

    [Fact]
    public async Task ReportsUnavailable_NamingTheEngine_WhenTheServersEngineDoesNotAnswer()
    {
        var stranded = new ServerId(DownEngine, "0f0f0f0f0f0f", ContractIds.Name("mc"));

        Error[] errors =
        [
            .. (await Engine.InspectAsync(stranded, default)).Errors,
            .. (await Engine.StartAsync(stranded, default)).Errors,
            .. (await Engine.StopAsync(stranded, StopTimeout, default)).Errors,
        ];

        errors.Length.ShouldBe(3);
        errors.ShouldAllBe(e => e.Outcome == Outcome.Unavailable && e.Message.Contains($"`{DownEngine}`"));
    }

    [Fact]
    public async Task ReportsUnavailable_WhenTheServersEngineIsNotConfigured()
    {
        var elsewhere = new ServerId("nowhere", "0f0f0f0f0f0f", ContractIds.Name("mc"));

        var started = await Engine.StartAsync(elsewhere, default);

        var error = started.Errors.ShouldHaveSingleItem();
        error.Outcome.ShouldBe(Outcome.Unavailable);
        error.Message.ShouldContain("`nowhere`");
    }

    [Fact]
    public async Task TellsTheVersionOfEveryEngine_OrWhyItIsUnknown()
    {
        var versions = await Engine.GetVersionsAsync(default);

        var local = versions.Single(v => v.Engine == "local");
        local.Version.ShouldNotBeNullOrEmpty();
        local.Problem.ShouldBeNull();
        var down = versions.Single(v => v.Engine == DownEngine);
        down.Version.ShouldBeNull();
        down.Problem.ShouldNotBeNull().ShouldContain($"`{DownEngine}`");
    }

    [Theory]
    [InlineData("start", false, ServerState.Running)]
    [InlineData("stop", true, ServerState.Exited)]
    [InlineData("kill", true, ServerState.Exited)]
    public async Task ChangesTheState_WhenThePowerActionHasSomethingToDo(string action, bool running, ServerState after)
    {
        var id = await CreateServerAsync(ContractIds.Name(action), running);

        var change = await PowerAsync(action, id);

        change.Value.ShouldBe(PowerChange.Done);
        (await StateAsync(id, after)).ShouldBe(after);
    }

    [Theory]
    [InlineData("start", true)]
    [InlineData("stop", false)]
    [InlineData("kill", false)]
    public async Task SaysAlreadyInState_WhenThePowerActionHasNothingToDo(string action, bool running)
    {
        var id = await CreateServerAsync(ContractIds.Name(action), running);

        var change = await PowerAsync(action, id);

        change.Value.ShouldBe(PowerChange.AlreadyInState);
        (await StateAsync(id, running ? ServerState.Running : ServerState.Exited)).ShouldBe(running ? ServerState.Running : ServerState.Exited);
    }

    [Fact]
    public async Task RestartsAServer_WhetherItRunsOrNot()
    {
        var running = await CreateServerAsync(ContractIds.Name("up"), running: true);
        var stopped = await CreateServerAsync(ContractIds.Name("down"), running: false);

        var restarted = await Task.WhenAll(Engine.RestartAsync(running, StopTimeout, default), Engine.RestartAsync(stopped, StopTimeout, default));

        restarted.Select(r => r.Value).ShouldBe([PowerChange.Done, PowerChange.Done]);
        (await StateAsync(running, ServerState.Running)).ShouldBe(ServerState.Running);
        (await StateAsync(stopped, ServerState.Running)).ShouldBe(ServerState.Running);
    }

    [Fact]
    public async Task TailsTheLastLinesOfTheLog_OldestFirst()
    {
        var id = await CreateServerWithLogAsync(ContractIds.Name("mc"), ["line 1", "line 2", "line 3", "line 4", "line 5"]);

        var tail = await Engine.GetLogTailAsync(id, 3, default);

        tail.Value.ShouldBe(["line 3", "line 4", "line 5"]);
    }

    [Fact]
    public async Task ReturnsTheWholeLog_WhenItIsShorterThanAsked()
    {
        var id = await CreateServerWithLogAsync(ContractIds.Name("mc"), ["only line"]);

        var tail = await Engine.GetLogTailAsync(id, 50, default);

        tail.Value.ShouldBe(["only line"]);
    }

    [Fact]
    public async Task WritesALineToTheConsole_AndReturnsTheAnswerThatFollowed()
    {
        var id = await CreateConsoleServerAsync(ContractIds.Name("game"), running: true);

        var answer = await Engine.SendConsoleLineAsync(id, "say hello", EchoWindow, default);

        answer.Value.ShouldBe(["got: say hello"]);
    }

    [Fact]
    public async Task ReportsConflict_WhenTheServerHasNoOpenStdin()
    {
        var id = await CreateServerAsync(ContractIds.Name("mc"), running: true);

        var answer = await Engine.SendConsoleLineAsync(id, "say hello", EchoWindow, default);

        var error = answer.Errors.ShouldHaveSingleItem();
        error.Outcome.ShouldBe(Outcome.Conflict);
        error.Message.ShouldContain("stdin");
    }

    [Fact]
    public async Task ReportsConflict_WhenTheConsoleServerIsNotRunning()
    {
        var id = await CreateConsoleServerAsync(ContractIds.Name("game"), running: false);

        var answer = await Engine.SendConsoleLineAsync(id, "say hello", EchoWindow, default);

        var error = answer.Errors.ShouldHaveSingleItem();
        error.Outcome.ShouldBe(Outcome.Conflict);
        error.Message.ShouldContain("not running");
    }

    [Fact]
    public async Task RunsACommandInTheServer_WithItsOutputAndExitCode()
    {
        var id = await CreateServerAsync(ContractIds.Name("mc"), running: true);

        var ran = await Engine.ExecAsync(id, ["echo", "hello", "world"], ExecTimeout, default);

        ran.Value.ShouldBe(new ExecOutcome(0, "hello world\n", TimedOut: false, Killed: false));
    }

    [Fact]
    public async Task ReportsConflict_WhenRunningACommandInAStoppedServer()
    {
        var id = await CreateServerAsync(ContractIds.Name("mc"), running: false);

        var ran = await Engine.ExecAsync(id, ["echo", "hello"], ExecTimeout, default);

        ran.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Conflict);
    }

    private Task<Result<PowerChange>> PowerAsync(string action, ServerId id) => action switch
    {
        "start" => Engine.StartAsync(id, default),
        "stop" => Engine.StopAsync(id, StopTimeout, default),
        _ => Engine.KillAsync(id, default),
    };

    [Fact]
    public async Task SaysTheStopWasForced_WhenTheServerIgnoredSigterm()
    {
        var (stubborn, willing) = (await CreateServerIgnoringSigtermAsync(ContractIds.Name("stubborn")), await CreateServerAsync(ContractIds.Name("willing"), running: true));

        var forced = await Engine.StopAsync(stubborn, TimeSpan.FromSeconds(1), default);
        var graceful = await Engine.StopAsync(willing, StopTimeout, default);

        forced.Value.ShouldBe(PowerChange.Forced);
        graceful.Value.ShouldBe(PowerChange.Done);
        (await StateAsync(stubborn, ServerState.Exited)).ShouldBe(ServerState.Exited);
    }

    [Fact]
    public async Task SaysTheRestartWasForced_WhenTheServerIgnoredSigterm()
    {
        var stubborn = await CreateServerIgnoringSigtermAsync(ContractIds.Name("stubborn"));

        var forced = await Engine.RestartAsync(stubborn, TimeSpan.FromSeconds(1), default);

        forced.Value.ShouldBe(PowerChange.Forced);
        (await StateAsync(stubborn, ServerState.Running)).ShouldBe(ServerState.Running);
    }

    /// <summary>The server's state in the list once it is <paramref name="expected"/> (engines apply some changes asynchronously).</summary>
    private async Task<ServerState?> StateAsync(ServerId id, ServerState expected)
    {
        ServerState? state = null;
        await Eventually.HoldsAsync(
            async () => (state = (await Engine.ListServersAsync(default)).Servers.SingleOrDefault(s => s.Id == id)?.State) == expected,
            $"{id.Name} is {expected}",
            seen: () => $"it is {state?.ToString() ?? "gone"}");
        return state;
    }
}
