using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Domain.Audit;

namespace ServerStatus.UnitTests.Application.Audit;

public sealed class AuditOutcomesTests
{
    [Theory]
    [InlineData(Outcome.Ok, false, AuditOutcome.Ok)]
    [InlineData(Outcome.Invalid, false, AuditOutcome.Invalid)]
    [InlineData(Outcome.Denied, false, AuditOutcome.Denied)]
    [InlineData(Outcome.NotFound, false, AuditOutcome.Failed)]
    [InlineData(Outcome.NotFound, true, AuditOutcome.Denied)]
    [InlineData(Outcome.Conflict, false, AuditOutcome.Failed)]
    [InlineData(Outcome.Unavailable, false, AuditOutcome.Failed)]
    [InlineData(Outcome.Unavailable, true, AuditOutcome.Failed)]
    public void MapsEachOutcome(Outcome outcome, bool deniedServers, AuditOutcome expected) =>
        AuditOutcomes.From(outcome, [], deniedServers).ShouldBe(expected);

    [Fact]
    public void RecordsTheWorstPart_WhenAReportSucceededOnlyPartly()
    {
        var failed = AuditOutcomes.From(Outcome.Ok, [Outcome.Ok, Outcome.Unavailable, Outcome.Invalid], deniedServers: false);
        var denied = AuditOutcomes.From(Outcome.Ok, [Outcome.Ok, Outcome.NotFound, Outcome.Conflict], deniedServers: true);
        var ok = AuditOutcomes.From(Outcome.Ok, [Outcome.Ok, Outcome.Ok], deniedServers: false);

        failed.ShouldBe(AuditOutcome.Failed);
        denied.ShouldBe(AuditOutcome.Denied);
        ok.ShouldBe(AuditOutcome.Ok);
    }
}
