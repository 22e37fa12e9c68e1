using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Schedules.RunScheduledPowerAction;
using ServerStatus.Domain.Schedules;

namespace ServerStatus.UnitTests.Application.Schedules;

/// <summary>The run journal on a power schedule and how a fire begins from it (a daily chain at 04:00 UTC).</summary>
public sealed class RunJournalTests
{
    private static readonly DateTimeOffset FourOClock = new(2026, 12, 3, 4, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(FourOClock);
    private readonly PowerSchedule _schedule = PowerSchedule.Create("local/mc", PowerScheduleKind.Chain, "0 4 * * *", "backup, restart", null, 42, FourOClock.AddDays(-1));

    [Fact]
    public void BeginsAFreshRun_WhenNoRunWasEverOpened()
    {
        var start = RunJournal.Decide(_schedule, 2, _time.GetUtcNow());

        start.ShouldBe(new RunStart(RunStartKind.Fresh, 0));
    }

    [Fact]
    public void ResumesWithTheInterruptedStep_WhenTheJournalIsStillOpen()
    {
        _schedule.BeginRun(_time.GetUtcNow());
        _time.Advance(TimeSpan.FromMinutes(2));
        _schedule.RecordStepDone();
        _time.Advance(TimeSpan.FromMinutes(10));

        var start = RunJournal.Decide(_schedule, 2, _time.GetUtcNow());

        start.ShouldBe(new RunStart(RunStartKind.Resume, 1));
        _schedule.RunStartedAt.ShouldBe(FourOClock);
    }

    [Fact]
    public void ResumesWithNothingLeft_WhenEveryStepHadFinishedBeforeTheRunWasClosed()
    {
        _schedule.BeginRun(_time.GetUtcNow());
        _schedule.RecordStepDone();
        _schedule.RecordStepDone();

        RunJournal.Decide(_schedule, 2, _time.GetUtcNow()).ShouldBe(new RunStart(RunStartKind.Resume, 2));
    }

    [Fact]
    public void BeginsAFreshRun_AfterAnUninterruptedRunFinished_EvenAtOnce()
    {
        _schedule.BeginRun(_time.GetUtcNow());
        _schedule.RecordStepDone();
        _schedule.RecordStepDone();
        _schedule.FinishRun(_time.GetUtcNow(), succeeded: true, "backup: made; restart: restarted");
        _time.Advance(TimeSpan.FromMinutes(1));

        RunJournal.Decide(_schedule, 2, _time.GetUtcNow()).Kind.ShouldBe(RunStartKind.Fresh);
        _schedule.HasOpenRun.ShouldBeFalse();
    }

    [Fact]
    public void RefusesARepeatOfAResumedRun_UntilTheCronsNextTime()
    {
        _schedule.BeginRun(_time.GetUtcNow());
        _schedule.RecordStepDone();
        _time.Advance(TimeSpan.FromMinutes(5));
        _schedule.ResumeRun(_time.GetUtcNow());
        _schedule.RecordStepDone();
        _schedule.FinishRun(_time.GetUtcNow(), succeeded: true, "resumed");

        _time.Advance(TimeSpan.FromMinutes(5));
        var redelivered = RunJournal.Decide(_schedule, 2, _time.GetUtcNow());
        _time.SetUtcNow(FourOClock.AddDays(1));
        var nextDay = RunJournal.Decide(_schedule, 2, _time.GetUtcNow());

        redelivered.Kind.ShouldBe(RunStartKind.Repeat);
        nextDay.Kind.ShouldBe(RunStartKind.Fresh);
    }

    [Fact]
    public void ARefusedFire_LeavesAnOpenRunOpen()
    {
        _schedule.BeginRun(_time.GetUtcNow());
        _schedule.RecordStepDone();

        _schedule.RecordRun(_time.GetUtcNow(), succeeded: false, "`mc` is busy with a scheduled power action or chain");

        _schedule.HasOpenRun.ShouldBeTrue();
        _schedule.RunStepsDone.ShouldBe(1);
        _schedule.LastSucceeded.ShouldBe(false);
    }

    [Fact]
    public void SettingTheScheduleAgain_ClosesTheJournal_SinceItsStepsMayDiffer()
    {
        _schedule.BeginRun(_time.GetUtcNow());
        _schedule.RecordStepDone();

        _schedule.Change("0 5 * * *", "restart", null, 42, _time.GetUtcNow());

        _schedule.HasOpenRun.ShouldBeFalse();
        _schedule.RunStartedAt.ShouldBeNull();
        RunJournal.Decide(_schedule, 1, _time.GetUtcNow()).Kind.ShouldBe(RunStartKind.Fresh);
    }

    [Fact]
    public void RefusesToOpenASecondRun_OrToJournalAStepWithoutARun()
    {
        Should.Throw<InvalidOperationException>(_schedule.RecordStepDone);
        Should.Throw<InvalidOperationException>(() => _schedule.ResumeRun(_time.GetUtcNow()));
        _schedule.BeginRun(_time.GetUtcNow());
        Should.Throw<InvalidOperationException>(() => _schedule.BeginRun(_time.GetUtcNow()));
    }
}
