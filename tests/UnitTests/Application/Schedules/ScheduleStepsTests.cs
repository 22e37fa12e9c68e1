using ServerStatus.Application.Schedules;

namespace ServerStatus.UnitTests.Application.Schedules;

public sealed class ScheduleStepsTests
{
    [Fact]
    public void ReadsEveryKindOfStep_InOrder()
    {
        var steps = ScheduleSteps.Parse("backup,STOP, start , restart, cmd save-all").Value;

        steps.Select(s => s.Kind).ShouldBe([ScheduleStepKind.Backup, ScheduleStepKind.Stop, ScheduleStepKind.Start, ScheduleStepKind.Restart, ScheduleStepKind.Cmd]);
        steps[^1].Text.ShouldBe("save-all");
    }

    [Fact]
    public void KeepsACommaInsideQuotes_WithTheCmdStep()
    {
        var steps = ScheduleSteps.Parse("backup, cmd \"say Back soon, promise\", cmd 'say it''s', cmd say \"a, b\" c, restart").Value;

        steps.Count.ShouldBe(5);
        steps[1].Text.ShouldBe("say Back soon, promise");
        steps[2].Text.ShouldBe("'say it''s'");
        steps[3].Text.ShouldBe("say \"a, b\" c");
        steps[4].Kind.ShouldBe(ScheduleStepKind.Restart);
    }

    [Fact]
    public void ReadsItsOwnWrittenForm_BackToTheSameSteps()
    {
        var steps = ScheduleSteps.Parse("Backup ,cmd \"say hi, all\",restart").Value;

        var written = ScheduleSteps.Format(steps);

        written.ShouldBe("backup, cmd \"say hi, all\", restart");
        ScheduleSteps.Parse(written).Value.ShouldBe(steps);
    }

    [Theory]
    [InlineData("", "Name the steps")]
    [InlineData("backup,,restart", "A step is empty")]
    [InlineData("backup, reboot", "`reboot` is not a step")]
    [InlineData("restart now", "`restart` takes nothing after it, not `now`")]
    [InlineData("cmd", "A `cmd` step needs the console line")]
    [InlineData("cmd \"\"", "A `cmd` step needs the console line")]
    [InlineData("cmd \"say hi", "A quote (\") in the steps is not closed")]
    [InlineData("cmd a,cmd b,cmd c,cmd d,cmd e,cmd f,cmd g,cmd h,cmd i,cmd j,cmd k", "at most 10 steps, not 11")]
    public void SaysWhatIsWrong_WithBadSteps(string text, string problem)
    {
        var parsed = ScheduleSteps.Parse(text);

        parsed.IsSuccess.ShouldBeFalse();
        parsed.Errors[0].Message.ShouldContain(problem);
    }
}
