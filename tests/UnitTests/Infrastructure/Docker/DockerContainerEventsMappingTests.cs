using Docker.DotNet.Models;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Servers;
using ServerStatus.Infrastructure.Docker;

namespace ServerStatus.UnitTests.Infrastructure.Docker;

public sealed class DockerContainerEventsMappingTests : IDisposable
{
    private readonly DockerEngines _engines;
    private readonly DockerContainerEvents _events;

    public DockerContainerEventsMappingTests()
    {
        var options = Options.Create(new DockerOptions { Discovery = new DiscoveryOptions { Mode = DiscoveryMode.AllowList } });
        options.Value.Discovery.AllowList.Add("mc");
        options.Value.Engines.Add(new EngineOptions { Name = "local", Endpoint = new Uri("unix:///tmp/serverstatus-unused.sock") });
        _engines = new DockerEngines(options);
        _events = new DockerContainerEvents(_engines, new EngineInventoryCache(TimeProvider.System), options, NullLogger<DockerContainerEvents>.Instance);
    }

    public void Dispose() => _engines.Dispose();

    [Theory]
    [InlineData("15", 15)]
    [InlineData("SIGKILL", 9)]
    [InlineData("TERM", 15)]
    [InlineData("SIGWHAT", null)]
    public void ReadsTheSignal_AsANumberOrAName(string signal, int? expected)
    {
        var mapped = _events.ToEvent("local", Message("kill", new() { ["signal"] = signal }));

        mapped.ShouldNotBeNull().Signal.ShouldBe(expected);
    }

    [Fact]
    public void ReadsHealthExitCodeOldNameAndAlias_FromTheAttributes()
    {
        var health = _events.ToEvent("local", Message("health_status: unhealthy", []));
        var died = _events.ToEvent("local", Message("die", new() { ["exitCode"] = "137" }));
        var renamed = _events.ToEvent("local", Message("rename", new() { ["oldName"] = "/old" }));

        (health?.Kind, health?.Health).ShouldBe((ContainerEventKind.Health, HealthStatus.Unhealthy));
        died?.ExitCode.ShouldBe(137);
        renamed?.OldName.ShouldBe("old");
        (renamed?.Server, renamed?.TimeNanos).ShouldBe((new ServerId("local", "abc123", "mc"), 1_700_000_000_123_456_789L));
    }

    [Fact]
    public void LeavesOut_ContainersNotAllowedAndEventsNotFollowed()
    {
        var stranger = _events.ToEvent("local", Message("start", new() { ["name"] = "web", [ServerLabels.Name] = "web" }));
        var paused = _events.ToEvent("local", Message("pause", []));

        (stranger, paused).ShouldBe((null, null));
    }

    [Fact]
    public void WritesSinceAsSecondsAndNanoseconds()
    {
        DockerContainerEvents.SinceText(1_700_000_000_000_000_042).ShouldBe("1700000000.000000042");
    }

    // The alias label makes "mc" of the container "game-1"; labels appear among the actor's attributes.
    private static Message Message(string action, Dictionary<string, string> attributes)
    {
        attributes.TryAdd("name", "game-1");
        attributes.TryAdd(ServerLabels.Name, "mc");
        return new Message { Type = "container", Action = action, TimeNano = 1_700_000_000_123_456_789L, Actor = new Actor { ID = "abc123", Attributes = attributes } };
    }
}
