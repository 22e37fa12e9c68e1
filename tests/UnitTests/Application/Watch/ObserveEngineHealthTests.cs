using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Watch;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Watch;

public sealed class ObserveEngineHealthTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 3, 12, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Now);
    private readonly InMemoryIncidentStore _store = new();
    private readonly RecordingIncidentPublisher _publisher = new();

    [Fact]
    public async Task OpensOneIncidentAndRecoversIt_WhenAnEngineGoesDownTwiceAndComesBack()
    {
        await SendAsync(answering: false);
        await SendAsync(answering: false);
        _time.Advance(TimeSpan.FromMinutes(3));
        await SendAsync(answering: true);

        var incident = _store.Incidents.ShouldHaveSingleItem();
        (incident.Kind, incident.Engine, incident.Detail, incident.RecoveredAt).ShouldBe((IncidentKind.EngineDown, "eu1", (string?)"Docker engine `eu1` is not reachable.", (DateTimeOffset?)Now.AddMinutes(3)));
        _publisher.Published.Select(p => p.Recovered).ShouldBe([false, true]);
    }

    private async Task SendAsync(bool answering)
    {
        var policy = new FixedAlertPolicy(500);
        var handler = new ObserveEngineHealthHandler(_store, new IncidentRecorder(_store, policy, _publisher, NullLogger<IncidentRecorder>.Instance), policy, _time);
        (await handler.Handle(new ObserveEngineHealth("eu1", answering, "Docker engine `eu1` is not reachable.", Now), default)).IsSuccess.ShouldBeTrue();
    }
}
