using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Backups.RunScheduledBackup;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Permissions;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Backups;

/// <summary>A scheduled backup tells the notification channel how it went, whatever happened: nobody waits for its answer.</summary>
public sealed class RunScheduledBackupHandlerTests
{
    private readonly InMemoryContainerEngine _engine = new();
    private readonly InMemoryContainerArchive _archive = new();
    private readonly InMemoryBackupStore _store = new();
    private readonly InMemoryBackupRepository _backups = new();
    private readonly InMemoryBackupScheduleRepository _schedules = new();
    private readonly InMemoryJobScheduler _scheduler = new();
    private readonly RecordingNotifier _notifier = new(channelId: 42);
    private readonly CurrentActor _actor = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 4, 0, 0, TimeSpan.Zero));

    public RunScheduledBackupHandlerTests()
    {
        _actor.Authorize(EffectiveRights.Administrator);
        _archive.Add(_engine.Add("mc"));
        _schedules.Schedules.Add(BackupSchedule.Create("local/mc", "0 4 * * *", 3, "user 1", _time.GetUtcNow().AddDays(-1)));
    }

    [Fact]
    public async Task NotifiesTheBackup_WhenItSucceeds()
    {
        var result = await Handler().Handle(new RunScheduledBackup("local/mc"), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        _notifier.Posted.ShouldHaveSingleItem().ShouldBeOfType<ScheduledBackupSucceeded>().Report.Backup.Name.ShouldBe(result.Value.Backup.Name);
    }

    [Fact]
    public async Task NotifiesOnce_WithTheIdOfTheException_WhenTheBackupFailsUnexpectedly()
    {
        _archive.Export = (_, _) => throw new IOException("the disk is on fire");

        var failure = await Should.ThrowAsync<UnexpectedFailureException>(Handler().Handle(new RunScheduledBackup("local/mc"), CancellationToken.None).AsTask());

        failure.InnerException.ShouldBeOfType<IOException>();
        var notified = _notifier.Posted.ShouldHaveSingleItem().ShouldBeOfType<ScheduledBackupFailed>();
        notified.Server.ShouldBe("mc");
        notified.Reason.ShouldBe($"something went wrong (ref `{failure.ErrorId}`); the bot's log has the details.");
    }

    [Fact]
    public async Task NotifiesTheReason_WhenTheServerIsGone()
    {
        _schedules.Schedules.Add(BackupSchedule.Create("local/gone", "0 4 * * *", 3, "user 1", _time.GetUtcNow()));

        var result = await Handler().Handle(new RunScheduledBackup("local/gone"), CancellationToken.None);

        result.IsSuccess.ShouldBeFalse();
        _notifier.Posted.ShouldHaveSingleItem().ShouldBeOfType<ScheduledBackupFailed>().Reason.ShouldBe(result.Errors[0].Message);
    }

    private RunScheduledBackupHandler Handler()
    {
        var options = Options.Create(new BackupOptions { ConsoleEchoMilliseconds = 0 });
        var runner = new BackupRunner(TestPower.Of(_engine, _actor), _engine, _archive, _store, _backups, new RecordingJobProgress(), _time, options);
        return new RunScheduledBackupHandler(_schedules, _scheduler, new SingleServerLookup(_engine, new ServerResolver(_actor)),
            new ServerJobLocks(), runner, new BackupPruner(_backups, _store), _notifier, _time);
    }
}
