using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Graphs;
using ServerStatus.Application.Metrics;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Audit;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Watch;
using ServerStatus.Infrastructure.Charts;
using ServerStatus.TestSupport;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Graphs;

public sealed class GetResourceGraphTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private readonly InMemoryContainerEngine _engine = new();
    private readonly CurrentActor _actor = new();
    private readonly InMemoryMetricsStore _metrics = new();
    private readonly InMemoryIncidentStore _incidents = new();
    private readonly InMemoryAuditLog _audit = new();
    private readonly CapturingRenderer _renderer = new();
    private readonly FakeTimeProvider _time = new(Now);

    public GetResourceGraphTests()
    {
        _engine.Add("mc");
        _engine.Add("web");
        _engine.Add("secret");
        _actor.Authorize(EffectiveRights.For(1, [], false, [Grants.ToUser(1, Permission.Status, "mc"), Grants.ToUser(1, Permission.Status, "web")]));
    }

    private GetResourceGraphHandler Handler => new(_engine, new ServerResolver(_actor), _metrics, _incidents, _audit, _renderer, _time);

    [Fact]
    public async Task AnswersAsForAMissingServer_WhenTheServerIsHiddenFromTheActor()
    {
        await _metrics.AddAsync(MetricWaves.Samples("local/secret", MetricWaves.Wave(Now, TimeSpan.FromMinutes(1), 30)), default);

        var hidden = await Handler.Handle(new GetResourceGraph(["secret"], GraphRange.Day), default);
        var missing = await Handler.Handle(new GetResourceGraph(["nothing"], GraphRange.Day), default);

        hidden.Errors.Single().Outcome.ShouldBe(Outcome.NotFound);
        hidden.Errors.Single().Message.ShouldBe(missing.Errors.Single().Message.Replace("nothing", "secret", StringComparison.Ordinal));
        _actor.DeniedServers.ShouldContain("secret");
        _renderer.Charts.ShouldBeEmpty();
    }

    [Fact]
    public async Task RefusesTheWholeGraph_WhenOneOfSeveralServersIsHidden()
    {
        await _metrics.AddAsync(MetricWaves.Samples("local/mc", MetricWaves.Wave(Now, TimeSpan.FromMinutes(1), 30)), default);

        var result = await Handler.Handle(new GetResourceGraph(["mc", "secret"], GraphRange.Day), default);

        result.IsSuccess.ShouldBeFalse();
        result.Errors.Single().Target.ShouldBe("secret");
    }

    [Fact]
    public async Task OverlaysEveryServer_WhenSeveralAreNamed()
    {
        await _metrics.AddAsync(MetricWaves.Samples("local/mc", MetricWaves.Wave(Now, TimeSpan.FromMinutes(1), 30)), default);
        await _metrics.AddAsync(MetricWaves.Samples("local/web", MetricWaves.Wave(Now, TimeSpan.FromMinutes(1), 30)), default);

        var result = await Handler.Handle(new GetResourceGraph(["mc", "web", "MC"], GraphRange.Hour), default);

        result.Value.HasChart.ShouldBeTrue();
        result.Value.Png.Span[..4].ToArray().ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
        var chart = _renderer.Charts.Single();
        chart.Series.Select(s => s.Name).ShouldBe(["mc", "web"]);
        chart.Title.ShouldContain("mc, web");
        chart.Title.ShouldContain("1h");
    }

    [Theory]
    [InlineData("1h", 1)]
    [InlineData("24h", 24)]
    [InlineData("7d", 24 * 7)]
    public async Task ReadsOnlyTheRange_WhenARangeIsAsked(string range, int hours)
    {
        await _metrics.AddAsync(MetricWaves.Samples("local/mc", MetricWaves.Wave(Now, TimeSpan.FromMinutes(15), 4 * 24 * 10)), default);

        await Handler.Handle(new GetResourceGraph(["mc"], GraphRange.Parse(range).ShouldNotBeNull()), default);

        var chart = _renderer.Charts.Single();
        (chart.From, chart.To).ShouldBe((Now.AddHours(-hours), Now));
        chart.Series.Single().Points.ShouldAllBe(p => p.At >= Now.AddHours(-hours) && p.At <= Now);
        chart.Series.Single().Points.Count.ShouldBe(4 * hours + 1);
    }

    [Fact]
    public async Task AnswersWithoutAChart_WhenNoServerHasHistoryInTheRange()
    {
        await _metrics.AddAsync(MetricWaves.Samples("local/mc", MetricWaves.Wave(Now.AddDays(-3), TimeSpan.FromMinutes(1), 30)), default);

        var result = await Handler.Handle(new GetResourceGraph(["mc"], GraphRange.Day), default);

        result.Value.HasChart.ShouldBeFalse();
        result.Value.Servers.ShouldBe(["mc"]);
        _renderer.Charts.ShouldBeEmpty();
    }

    [Fact]
    public async Task SaysWhichServersHaveNoHistory_WhenOthersHave()
    {
        await _metrics.AddAsync(MetricWaves.Samples("local/mc", MetricWaves.Wave(Now, TimeSpan.FromMinutes(1), 30)), default);

        var result = await Handler.Handle(new GetResourceGraph(["mc", "web"], GraphRange.Day), default);

        result.Value.HasChart.ShouldBeTrue();
        result.Value.WithoutData.ShouldBe(["web"]);
    }

    [Fact]
    public async Task MarksIncidentsAndAuditedActionsOfTheServer_WhenTheyHappenedInTheRange()
    {
        await _metrics.AddAsync(MetricWaves.Samples("local/mc", MetricWaves.Wave(Now, TimeSpan.FromMinutes(5), 12 * 6)), default);
        await _incidents.SaveAsync(Incident.ForServer(Facts("mc", IncidentKind.Crashed) with { ExitCode = 3 }, Now.AddHours(-5)), default);
        await _incidents.SaveAsync(Incident.ForServer(Facts("mc", IncidentKind.OutOfMemory), Now.AddHours(-7)), default);
        await _incidents.SaveAsync(Incident.ForServer(Facts("web", IncidentKind.Crashed), Now.AddHours(-1)), default);
        await Audit(Now.AddHours(-4), 42, "restart", "mc");
        await Audit(Now.AddHours(-3), 0, "scheduled backup", "mc", system: true);
        await Audit(Now.AddHours(-2), 42, "restore", "local/mc");
        await Audit(Now.AddHours(-1), 43, "stop", "mc, web");
        await Audit(Now.AddMinutes(-50), 44, "restart", "mc", AuditOutcome.Denied);
        await Audit(Now.AddMinutes(-40), 44, "status", "mc");
        await Audit(Now.AddMinutes(-30), 44, "restart", "web");
        await Audit(Now.AddHours(-8), 44, "kill", "mc");
        await Audit(Now.AddMinutes(-20), 42, "update", "mc");
        await Audit(Now.AddMinutes(-15), 42, "update check", "mc");
        await Audit(Now.AddMinutes(-10), 42, "rollback", "mc");

        var result = await Handler.Handle(new GetResourceGraph(["mc"], GraphRange.SixHours), default);

        result.Value.Markers.ShouldBe(7);
        _renderer.Charts.Single().Markers.ShouldBe(
        [
            new ChartMarker(Now.AddHours(-5), MarkerKind.Incident, "crash (exit 3)"),
            new ChartMarker(Now.AddHours(-4), MarkerKind.Power, "restart by 42"),
            new ChartMarker(Now.AddHours(-3), MarkerKind.Backup, "scheduled backup by system"),
            new ChartMarker(Now.AddHours(-2), MarkerKind.Restore, "restore by 42"),
            new ChartMarker(Now.AddHours(-1), MarkerKind.Power, "stop by 43"),
            new ChartMarker(Now.AddMinutes(-20), MarkerKind.Update, "update by 42"),
            new ChartMarker(Now.AddMinutes(-10), MarkerKind.Update, "rollback by 42"),
        ]);
    }

    [Fact]
    public async Task MarksEveryAuditedActionOfAMonth_WhenNewerEntriesAreMany()
    {
        await _metrics.AddAsync(MetricWaves.Samples("local/mc", MetricWaves.Wave(Now, TimeSpan.FromHours(1), 24 * 30)), default);
        await Audit(Now.AddDays(-20), 42, "restart", "mc");
        for (var i = 0; i < 300; i++)
        {
            await Audit(Now.AddDays(-19).AddMinutes(i), 42, "status", "mc");
        }

        await Audit(Now.AddDays(-2), 0, "backup", "mc", system: true);

        var result = await Handler.Handle(new GetResourceGraph(["mc"], GraphRange.Month, "de"), default);

        result.Value.Markers.ShouldBe(2);
        var chart = _renderer.Charts.Single();
        chart.Markers.Select(m => (m.At, m.Kind)).ShouldBe([(Now.AddDays(-20), MarkerKind.Power), (Now.AddDays(-2), MarkerKind.Backup)]);
        chart.Culture.ShouldBe("de");
    }

    [Fact]
    public async Task NamesTheServerInEachMarker_WhenSeveralServersAreDrawn()
    {
        await _metrics.AddAsync(MetricWaves.Samples("local/mc", MetricWaves.Wave(Now, TimeSpan.FromMinutes(5), 12)), default);
        await _metrics.AddAsync(MetricWaves.Samples("local/web", MetricWaves.Wave(Now, TimeSpan.FromMinutes(5), 12)), default);
        await _incidents.SaveAsync(Incident.ForServer(Facts("web", IncidentKind.Unhealthy), Now.AddMinutes(-20)), default);
        await Audit(Now.AddMinutes(-10), 42, "start", "mc");

        await Handler.Handle(new GetResourceGraph(["mc", "web"], GraphRange.Hour), default);

        _renderer.Charts.Single().Markers.Select(m => m.Label).ShouldBe(["web: unhealthy", "mc: start by 42"]);
    }

    [Fact]
    public void RefusesTooManyServersOrAnUnknownRange_WhenValidated()
    {
        var validator = new GetResourceGraphValidator();

        var many = validator.Validate(new GetResourceGraph([.. Enumerable.Range(0, GetResourceGraph.MaxServers + 1).Select(i => $"s{i}")], GraphRange.Day));
        var odd = validator.Validate(new GetResourceGraph(["mc"], new GraphRange("3h", TimeSpan.FromHours(3))));
        var fine = validator.Validate(new GetResourceGraph(["mc", "eu1/web"], GraphRange.Month));

        many.Errors.Single().ErrorMessage.ShouldContain($"at most {GetResourceGraph.MaxServers}");
        odd.Errors.Single().ErrorMessage.ShouldContain("1h, 6h, 24h, 7d, 30d");
        fine.IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData("1h", 1)]
    [InlineData("6H", 6)]
    [InlineData("24h", 24)]
    [InlineData("1d", 24)]
    [InlineData("7d", 24 * 7)]
    [InlineData("30d", 24 * 30)]
    public void ReadsARange_WhenItIsOneOfTheOffered(string text, int hours) =>
        GraphRange.Parse(text).ShouldNotBeNull().Length.ShouldBe(TimeSpan.FromHours(hours));

    [Theory]
    [InlineData("3h")]
    [InlineData("90d")]
    [InlineData("day")]
    [InlineData("")]
    public void ReadsNoRange_WhenItIsNotOffered(string text) => GraphRange.Parse(text).ShouldBeNull();

    private Task Audit(DateTimeOffset at, ulong actor, string command, string servers, AuditOutcome outcome = AuditOutcome.Ok, bool system = false) =>
        _audit.AppendAsync(AuditEntry.Record(at, actor, system, 1, 2, command, servers, servers.Split(", "), outcome, TimeSpan.Zero), default);

    private static IncidentFacts Facts(string name, IncidentKind kind) => new(kind, "local", $"local/{name}", name, $"{name}-id");

    /// <summary>The real renderer, remembering what it was asked to draw.</summary>
    private sealed class CapturingRenderer : IChartRenderer
    {
        private readonly ScottPlotChartRenderer _inner = new();

        public List<ChartModel> Charts { get; } = [];

        public Task<byte[]> RenderPngAsync(ChartModel chart, CancellationToken ct)
        {
            Charts.Add(chart);
            return _inner.RenderPngAsync(chart, ct);
        }
    }
}
