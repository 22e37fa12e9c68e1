using ServerStatus.Application.Updates;
using ServerStatus.Application.Updates.UpdateServer;

namespace ServerStatus.UnitTests.Application.Updates;

/// <summary>When a new container fails its probation, and when the auto-update window is open.</summary>
public sealed class UpdateProbationTests
{
    [Theory]
    [InlineData(true, null, 0, false, null)]
    [InlineData(true, null, 0, true, null)]
    [InlineData(true, "healthy", 0, true, null)]
    [InlineData(true, "starting", 0, false, null)]
    [InlineData(true, "starting", 0, true, "was not healthy after the 5 s probation")]
    [InlineData(true, "unhealthy", 0, false, "health check says unhealthy")]
    [InlineData(false, null, 0, false, "stopped during the 5 s probation (exit code 1)")]
    [InlineData(true, null, 2, false, "restarted 2 time(s)")]
    public void JudgesTheNewContainer(bool running, string? health, long restarts, bool over, string? problem)
    {
        var verdict = UpdateRunner.Verdict(new ContainerProbe(running, health, restarts, running ? 0 : 1), over, 5);

        if (problem is null)
        {
            verdict.ShouldBeNull();
        }
        else
        {
            verdict.ShouldNotBeNull().ShouldContain(problem);
        }
    }

    [Theory]
    [InlineData("2026-12-04T04:00:00Z", true)]
    [InlineData("2026-12-04T09:59:00Z", true)]
    [InlineData("2026-12-04T10:00:00Z", true)]
    [InlineData("2026-12-04T10:01:00Z", false)]
    [InlineData("2026-12-04T03:59:00Z", false)]
    public void OpensTheAutoUpdateWindowAtItsCronForItsMinutes(string at, bool open) =>
        AutoUpdater.InWindow(new UpdatesOptions { AutoWindow = "0 4 * * *", AutoWindowMinutes = 360 }, DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(open);

    [Fact]
    public void RefusesAnAutoWindowThatIsNotACron()
    {
        var options = new UpdatesOptions { AutoWindow = "every night" };

        var problems = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        problems.ShouldHaveSingleItem().ErrorMessage.ShouldNotBeNull().ShouldContain("Updates:AutoWindow `every night` is not a cron expression");
    }
}
