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
    [InlineData("restart mc --in soon", "`--in` needs a delay right after the server")]
    [InlineData("restart mc --in", "`--in` needs a delay")]
    [InlineData("restart --in 5m", "`--in` needs a delay")]
    [InlineData("restart mc --in 5m --when-empty", "either `--in <delay>` or `--when-empty`")]
    [InlineData("restart mc --max 2h", "`--max` goes with `--when-empty`")]
    [InlineData("restart mc --when-empty --max later", "`--max` needs a wait")]
    [InlineData("stop mc --when-empty", "Unknown option `--when-empty`")]
    [InlineData("kill mc --in 5m", "Unknown option `--in`")]
    public void SaysWhatIsWrong(string typed, string problem)
    {
        var prepared = Prepare(typed);

        prepared.Run.ShouldBeNull();
        prepared.Problem.ShouldNotBeNull().ShouldContain(problem);
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

    private static PreparedCommand Prepare(string typed)
    {
        var words = typed.Split(' ');
        var command = CommandCatalog.Default.Find(words[0]).ShouldNotBeNull();
        return command.Prepare(CommandArguments.FromTokens(words.Skip(1), command.Info.Arguments));
    }
}
