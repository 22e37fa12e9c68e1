using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Audit;
using ServerStatus.Domain.Audit;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Audit;

public sealed class AuditUseCaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private readonly InMemoryAuditLog _log = new();

    private static AuditEntry Entry(DateTimeOffset at, string servers = "mc") =>
        AuditEntry.Record(at, 1, false, 2, 3, "status", servers, [servers], AuditOutcome.Ok, TimeSpan.FromMilliseconds(5));

    [Theory]
    [InlineData(null, 10, true)]
    [InlineData("mc", 1, true)]
    [InlineData("engine/mc", 100, true)]
    [InlineData(null, 0, false)]
    [InlineData(null, 101, false)]
    [InlineData("bad name", 10, false)]
    [InlineData("", 10, false)]
    public void ValidatesCountAndServerName(string? server, int count, bool valid) =>
        new ListAuditValidator().Validate(new ListAudit(server, count)).IsValid.ShouldBe(valid);

    [Fact]
    public void DefaultsToTenEntriesAndNinetyDaysOfRetention()
    {
        new ListAudit().Count.ShouldBe(10);
        new AuditOptions().RetentionDays.ShouldBe(90);
    }

    [Fact]
    public async Task ListsTheNewestEntriesOfTheServer()
    {
        await _log.AppendAsync(Entry(Now.AddMinutes(-3)), default);
        await _log.AppendAsync(Entry(Now.AddMinutes(-2), "web"), default);
        await _log.AppendAsync(Entry(Now.AddMinutes(-1)), default);

        var view = (await new ListAuditHandler(_log).Handle(new ListAudit("mc", 10), default)).Value;

        view.Server.ShouldBe("mc");
        view.Lines.Select(l => l.At).ShouldBe([Now.AddMinutes(-1), Now.AddMinutes(-3)]);
        view.Lines[0].Duration.ShouldBe(TimeSpan.FromMilliseconds(5));
    }

    [Fact]
    public async Task PrunesEntriesOlderThanTheGivenDays()
    {
        await _log.AppendAsync(Entry(Now.AddDays(-91)), default);
        await _log.AppendAsync(Entry(Now.AddDays(-89)), default);

        var report = (await new PruneAuditHandler(_log, new FakeTimeProvider(Now)).Handle(new PruneAudit(90), default)).Value;

        report.Removed.ShouldBe(1);
        report.Before.ShouldBe(Now.AddDays(-90));
        _log.Entries.ShouldHaveSingleItem().At.ShouldBe(Now.AddDays(-89));
    }

    [Fact]
    public void RefusesToPruneEverything() =>
        new PruneAuditValidator().Validate(new PruneAudit(0)).IsValid.ShouldBeFalse();
}
