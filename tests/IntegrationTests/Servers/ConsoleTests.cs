using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;

namespace ServerStatus.IntegrationTests.Servers;

/// <summary>Console input through the attach API, exec with a timeout, and log tails, on the real engine.</summary>
public sealed class ConsoleTests(ConsoleTests.Setup fixture) : AppTests<ConsoleTests.Setup>(fixture)
{
    // A console that answers every line it reads, like a game server's.
    private const string EchoConsole = "while read -r line; do echo \"got: $line\"; done";

    [Fact]
    public async Task DeliversConsoleLinesInOrder_AndShowsTheAnswer()
    {
        await Sandbox.CreateServerAsync("game", command: EchoConsole, openStdin: true);
        string[] lines = ["say hello", "say \"quoted\" and 'single'", "say grüße ⛏ 🎮", "save-all"];

        var reports = new List<Result<ConsoleReport>>();
        foreach (var line in lines)
        {
            reports.Add(await App.SendAsync(TestApp.Admin, new SendConsoleCommand("game", line)));
        }

        reports[0].Value.Echo.ShouldContain("got: say hello");
        var log = await App.SendAsync(TestApp.Admin, new GetServerLogs("game", 10));
        log.Value.Lines.ShouldBe(lines.Select(l => $"got: {l}"));
    }

    [Fact]
    public async Task ExplainsHowToOpenStdin_WhenTheContainerHasNone()
    {
        await Sandbox.CreateServerAsync("closed");

        var result = await App.SendAsync(TestApp.Admin, new SendConsoleCommand("closed", "say hi"));

        result.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Conflict);
        result.Errors[0].Message.ShouldContain("not created with an open stdin");
        result.Errors[0].Message.ShouldContain("docker run -i");
    }

    [Fact]
    public async Task RefusesControlCharacters()
    {
        var result = await App.SendAsync(TestApp.Admin, new SendConsoleCommand("game", "stop\u0003"));

        result.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Invalid);
    }

    [Fact]
    public async Task ReturnsOutputAndExitCode_OfAnExec()
    {
        await Sandbox.CreateServerAsync("box");

        var result = await App.SendAsync(TestApp.Admin, new ExecInServer("box", ["sh", "-c", "echo out; echo err >&2; exit 3"]));

        result.Value.Outcome.ExitCode.ShouldBe(3);
        result.Value.Outcome.Output.ShouldContain("out");
        result.Value.Outcome.Output.ShouldContain("err");
        result.Value.Outcome.TimedOut.ShouldBeFalse();
    }

    [Fact]
    public async Task PassesWordsWithoutAShell()
    {
        await Sandbox.CreateServerAsync("literal");

        var result = await App.SendAsync(TestApp.Admin, new ExecInServer("literal", ["echo", "$HOME; rm -rf /data", "*"]));

        result.Value.Outcome.Output.Trim().ShouldBe("$HOME; rm -rf /data *");
    }

    [Fact]
    public async Task SaysACommandDoesNotExist_InTheWordsOfAShell()
    {
        await Sandbox.CreateServerAsync("nosuch");

        var result = await App.SendAsync(TestApp.Admin, new ExecInServer("nosuch", ["frobnicate", "--now"]));

        result.Value.Outcome.ExitCode.ShouldBe(127);
        result.Value.Outcome.Output.Trim().ShouldBe("frobnicate: command not found");
    }

    [Fact]
    public async Task KillsAnExec_ThatRunsPastTheTimeout()
    {
        await Sandbox.CreateServerAsync("slow");

        var result = await App.SendAsync(TestApp.Admin, new ExecInServer("slow", ["sleep", "100"]));

        result.Value.Outcome.TimedOut.ShouldBeTrue();
        result.Value.Outcome.Killed.ShouldBeTrue();
        var check = await App.SendAsync(TestApp.Admin, new ExecInServer("slow", ["sh", "-c", "for p in /proc/[0-9]*; do cat $p/cmdline; echo; done"]));
        check.Value.Outcome.Output.ShouldNotContain("sleep100");
    }

    [Fact]
    public async Task ReturnsExactlyTheLastLines_FromStdoutAndStderr()
    {
        // Docker orders stdout and stderr by when it copied them, so the streams take turns with pauses in between.
        const string Script = "for i in $(seq 1 990); do echo \"line $i\"; done; sleep 0.3; for i in $(seq 991 995); do printf '\\033[31mline %d\\033[0m\\n' $i >&2; done; sleep 0.3; for i in $(seq 996 1000); do echo \"line $i\"; done; sleep 600";
        await Sandbox.CreateServerAsync("chatty", command: Script);
        await Eventually.HoldsAsync(async () => (await App.SendAsync(TestApp.Admin, new GetServerLogs("chatty", 1))).Value.Lines.SequenceEqual(["line 1000"]), "all lines are written");

        var result = await App.SendAsync(TestApp.Admin, new GetServerLogs("chatty", 500));

        result.Value.Lines.Count.ShouldBe(500);
        result.Value.Lines.Count(l => l.Contains('\u001b', StringComparison.Ordinal)).ShouldBe(5); // the stderr lines, still coloured here
        result.Value.Lines.Select(l => l.Replace("\u001b[31m", "", StringComparison.Ordinal).Replace("\u001b[0m", "", StringComparison.Ordinal))
            .ShouldBe(Enumerable.Range(501, 500).Select(i => $"line {i}"));
    }

    [Fact]
    public async Task RefusesMoreThan500Lines()
    {
        var result = await App.SendAsync(TestApp.Admin, new GetServerLogs("chatty", 501));

        result.Errors.ShouldHaveSingleItem().Message.ShouldBe("Ask for 1 to 500 lines.");
    }

    public sealed class Setup : AppFixture
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Console:ExecTimeoutSeconds"] = "2";
            settings["Console:EchoMilliseconds"] = "1500";
        }
    }
}
