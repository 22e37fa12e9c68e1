using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Schedules;
using ServerStatus.Application.Schedules.RunScheduledPowerAction;

namespace ServerStatus.UnitTests.Application.Schedules;

public sealed class ChainRunnerTests
{
    private readonly List<string> _ran = [];

    [Fact]
    public async Task RunsEveryStepInOrder_WhenEachSucceeds()
    {
        var report = await ChainRunner.RunAsync(Steps("backup, cmd save-all, restart"), Run(failing: null), CancellationToken.None);

        report.Succeeded.ShouldBeTrue();
        _ran.ShouldBe(["backup", "cmd save-all", "restart"]);
        report.Summary.ShouldBe("backup: did backup; cmd save-all: did cmd save-all; restart: did restart");
    }

    [Fact]
    public async Task StopsAtTheFailedStep_AndReportsTheRestAsSkipped()
    {
        var report = await ChainRunner.RunAsync(Steps("backup, stop, cmd say bye, start"), Run(failing: "stop"), CancellationToken.None);

        report.Succeeded.ShouldBeFalse();
        _ran.ShouldBe(["backup", "stop"]);
        report.Steps.Select(s => s.Status).ShouldBe([StepStatus.Done, StepStatus.Failed, StepStatus.Skipped, StepStatus.Skipped]);
        report.Failed.ShouldNotBeNull().Detail.ShouldBe("stop broke.");
        report.Skipped.Select(s => s.Step.Written).ShouldBe(["cmd say bye", "start"]);
        report.Summary.ShouldBe("step 2 `stop` failed: stop broke. Skipped: `cmd say bye`, `start`.");
    }

    [Fact]
    public async Task SkipsNothing_WhenTheLastStepFails()
    {
        var report = await ChainRunner.RunAsync(Steps("backup, restart"), Run(failing: "restart"), CancellationToken.None);

        report.Summary.ShouldBe("step 2 `restart` failed: restart broke.");
        report.Skipped.ShouldBeEmpty();
    }

    private static IReadOnlyList<ScheduleStep> Steps(string text) => ScheduleSteps.Parse(text).Value;

    private Func<ScheduleStep, CancellationToken, Task<Result<string>>> Run(string? failing) => (step, _) =>
    {
        _ran.Add(step.Written);
        return Task.FromResult(step.Written == failing ? Result<string>.Fail([Error.Failed($"{step.Written} broke.")]) : Result<string>.Success($"did {step.Written}"));
    };
}
