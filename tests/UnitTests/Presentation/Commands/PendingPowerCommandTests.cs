using DiscordApi.Events;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.Pending;
using ServerStatus.Presentation.Discord.Commands;

namespace ServerStatus.UnitTests.Presentation.Commands;

public sealed class PendingPowerCommandTests
{
    [Fact]
    public void RestartIn_ReadsTheDelay_AndTheRestAsTheReason()
    {
        var message = Parse("restart mc --in 5m map reset tonight").ShouldBeOfType<SchedulePowerAction>();

        message.ShouldBe(new SchedulePowerAction(PowerAction.Restart, "mc", TimeSpan.FromMinutes(5), null, "map reset tonight"));
    }

    [Fact]
    public void StopIn_WithoutAReason()
    {
        Parse("stop mc --in 30s").ShouldBe(new SchedulePowerAction(PowerAction.Stop, "mc", TimeSpan.FromSeconds(30), null, null));
    }

    [Fact]
    public void WhenEmpty_WithAndWithoutMax()
    {
        Parse("restart mc --when-empty").ShouldBe(new SchedulePowerAction(PowerAction.Restart, "mc", null, null, null));
        Parse("restart mc --when-empty --max 90min patch").ShouldBe(new SchedulePowerAction(PowerAction.Restart, "mc", null, TimeSpan.FromMinutes(90), "patch"));
    }

    [Fact]
    public void PlainRestart_StaysTheTypedPowerAction()
    {
        var message = Parse("restart mc web").ShouldBeOfType<RunPowerAction>();

        message.Action.ShouldBe(PowerAction.Restart);
        message.Names.ShouldBe(["mc", "web"]);
    }

    [Theory]
    [InlineData("restart mc --in soon", "`soon` is not a delay: `--in` takes one server, then a delay such as `30s`, `5m` or `2h`")]
    [InlineData("restart mc web --in 5m", "`web` is not a delay")]
    [InlineData("restart mc --in", "`--in` needs a delay after the server")]
    [InlineData("restart --in 5m", "`--in` needs a delay")]
    [InlineData("restart mc --in 5m --when-empty", "either `--in <delay>` or `--when-empty`")]
    [InlineData("restart mc --max 2h", "`--max` goes with `--when-empty`")]
    [InlineData("restart mc --when-empty --max later", "`later` is not a wait")]
    [InlineData("restart mc --reason patch", "A reason goes with a countdown or `--when-empty`")]
    [InlineData("stop mc --reason patch", "A reason goes with a countdown: `stop mc --in 5m maintenance`")]
    [InlineData("stop mc --when-empty", "Unknown option `--when-empty`")]
    [InlineData("kill mc --in 5m", "Unknown option `--in`")]
    public void SaysWhatIsWrong(string typed, string problem)
    {
        var prepared = Prepare(typed);

        prepared.Run.ShouldBeNull();
        prepared.Problem.ShouldNotBeNull().ShouldContain(problem);
    }

    [Fact]
    public void SlashOptions_ReadAsTheChatOptions()
    {
        var countdown = Slash("restart", Text("servers", "mc"), Text("in", "5m"), Text("reason", "map reset tonight"));
        var whenEmpty = Slash("restart", Text("servers", "mc"), Flag("when_empty", true), Text("max", "90min"), Text("reason", "patch"));
        var stop = Slash("stop", Text("servers", "mc"), Text("in", "30s"));

        countdown.Run.ShouldNotBeNull().Message.ShouldBe(Parse("restart mc --in 5m map reset tonight"));
        whenEmpty.Run.ShouldNotBeNull().Message.ShouldBe(Parse("restart mc --when-empty --max 90min patch"));
        stop.Run.ShouldNotBeNull().Message.ShouldBe(new SchedulePowerAction(PowerAction.Stop, "mc", TimeSpan.FromSeconds(30), null, null));
    }

    [Fact]
    public void SlashRestart_WithoutTheOptions_StaysTheTypedPowerAction()
    {
        var message = Slash("restart", Text("servers", "mc web"), Flag("when_empty", false)).Run.ShouldNotBeNull().Message;

        message.ShouldBeOfType<RunPowerAction>().Action.ShouldBe(PowerAction.Restart);
        ((RunPowerAction)message).Names.ShouldBe(["mc", "web"]);
    }

    [Fact]
    public void SlashOptions_AreRefusedWithTheChatFormsWords()
    {
        (string Typed, InteractionOption[] Options)[] cases =
        [
            ("restart mc --in 5m --when-empty", [Text("servers", "mc"), Text("in", "5m"), Flag("when_empty", true)]),
            ("restart mc --max 2h", [Text("servers", "mc"), Text("max", "2h")]),
            ("restart mc --in soon", [Text("servers", "mc"), Text("in", "soon")]),
            ("restart mc --when-empty --max 2 h", [Text("servers", "mc"), Flag("when_empty", true), Text("max", "2 h")]),
            ("restart mc web --in 5m", [Text("servers", "mc web"), Text("in", "5m")]),
            ("stop mc --reason upgrade", [Text("servers", "mc"), Text("reason", "upgrade")]),
        ];

        foreach (var (typed, options) in cases)
        {
            var chat = Prepare(typed).Problem.ShouldNotBeNull();

            Slash(typed.Split(' ')[0], options).Problem.ShouldBe(chat, typed);
        }
    }

    [Fact]
    public void SlashRestartAndStop_DeclareTheOptionsTheyRead()
    {
        var restart = CommandCatalog.Default.SlashCommands().Single(c => c.Name == "restart");
        var stop = CommandCatalog.Default.SlashCommands().Single(c => c.Name == "stop");

        restart.Options.Select(o => o.Name).ShouldBe(["servers", "in", "when_empty", "max", "reason"]);
        stop.Options.Select(o => o.Name).ShouldBe(["servers", "in", "reason"]);
        restart.Options.Skip(1).ShouldAllBe(o => !o.Required);
    }

    [Fact]
    public void CancelAndPending_ReadTheirArguments()
    {
        Parse("cancel mc").ShouldBe(new CancelPendingAction("mc"));
        Parse("pending").ShouldBeOfType<ListPendingActions>();
        Prepare("cancel").Problem.ShouldNotBeNull().ShouldContain("Name the server");
        Prepare("pending mc").Problem.ShouldNotBeNull().ShouldContain("takes no arguments");
    }

    private static object? Parse(string typed) => Prepare(typed).Run.ShouldNotBeNull().Message;

    private static InteractionOption Text(string name, string value) => new(name, 3, value, null, null, null, [], false);

    private static InteractionOption Flag(string name, bool value) => new(name, 5, null, null, null, value, [], false);

    // What the interaction handler does with a slash command: its options as arguments, then the same Prepare as chat.
    private static PreparedCommand Slash(string name, params InteractionOption[] options)
    {
        var command = CommandCatalog.Default.Find(name).ShouldNotBeNull();
        var arguments = SlashArguments.From(command.Info, InteractionData.Empty with { Options = options });
        return command.Prepare(arguments.Value);
    }

    private static PreparedCommand Prepare(string typed)
    {
        var words = typed.Split(' ');
        var command = CommandCatalog.Default.Find(words[0]).ShouldNotBeNull();
        return command.Prepare(CommandArguments.FromTokens(words.Skip(1), command.Info.Arguments));
    }
}
