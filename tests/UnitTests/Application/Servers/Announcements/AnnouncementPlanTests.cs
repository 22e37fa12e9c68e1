using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.Announcements;
using ServerStatus.Application.Servers.Pending;

namespace ServerStatus.UnitTests.Application.Servers.Announcements;

public sealed class AnnouncementPlanTests
{
    private static readonly TimeSpan[] Default = [TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10)];

    [Fact]
    public void UsesTheDelay_ThenOnlyTheMarksShorterThanIt()
    {
        AnnouncementPlan.MarksFor(TimeSpan.FromMinutes(2), Default).ShouldBe([TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10)]);
        AnnouncementPlan.MarksFor(TimeSpan.FromMinutes(5), Default).ShouldBe(Default);
        AnnouncementPlan.MarksFor(TimeSpan.FromSeconds(5), Default).ShouldBe([TimeSpan.FromSeconds(5)]);
    }

    [Fact]
    public void ACountdown_AnnouncesAtEachMark_ThenRuns()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));
        var due = time.GetUtcNow().AddMinutes(2);
        var marks = AnnouncementPlan.MarksFor(TimeSpan.FromMinutes(2), Default);
        TimeSpan? done = null;
        var said = new List<string>();
        for (var step = 0; step < 20; step++)
        {
            var next = AnnouncementPlan.Next(due, marks, done, time.GetUtcNow());
            if (next is CountdownStep.Run)
            {
                break;
            }

            if (next is CountdownStep.Announce announce)
            {
                said.Add(AnnouncementPlan.Message(PowerAction.Restart, announce.Remaining, "map reset"));
                done = announce.Mark;
            }
            else
            {
                time.SetUtcNow(((CountdownStep.Wait)next).Until);
            }
        }

        said.ShouldBe([
            "Server restarting in 2 minutes: map reset",
            "Server restarting in 1 minute: map reset",
            "Server restarting in 30 seconds: map reset",
            "Server restarting in 10 seconds: map reset",
        ]);
        time.GetUtcNow().ShouldBe(due);
        AnnouncementPlan.Next(due, marks, done, due).ShouldBeOfType<CountdownStep.Run>();
    }

    [Fact]
    public void AResumedCountdown_SaysOnlyTheLatestMarkItMissed_WithTheTimeReallyLeft()
    {
        var start = new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
        var due = start.AddMinutes(5);
        var now = due.AddSeconds(-20);

        var step = AnnouncementPlan.Next(due, Default, TimeSpan.FromMinutes(5), now).ShouldBeOfType<CountdownStep.Announce>();

        step.Mark.ShouldBe(TimeSpan.FromSeconds(30));
        AnnouncementPlan.Message(PowerAction.Stop, step.Remaining, null).ShouldBe("Server stopping in 20 seconds");
        AnnouncementPlan.Next(due, Default, step.Mark, now).ShouldBe(new CountdownStep.Wait(due.AddSeconds(-10)));
    }

    [Fact]
    public void AnOverdueCountdown_RunsAtOnce() =>
        AnnouncementPlan.Next(DateTimeOffset.UnixEpoch, Default, null, DateTimeOffset.UnixEpoch.AddHours(3)).ShouldBeOfType<CountdownStep.Run>();
}
