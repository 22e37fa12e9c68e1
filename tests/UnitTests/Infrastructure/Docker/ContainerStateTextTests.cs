using ServerStatus.Domain.Servers;
using ServerStatus.Infrastructure.Docker;

namespace ServerStatus.UnitTests.Infrastructure.Docker;

public sealed class ContainerStateTextTests
{
    [Theory]
    [InlineData("Up 5 minutes (healthy)", HealthStatus.Healthy)]
    [InlineData("Up 2 hours (unhealthy)", HealthStatus.Unhealthy)]
    [InlineData("Up 3 seconds (health: starting)", HealthStatus.Starting)]
    [InlineData("Up 3 seconds", HealthStatus.None)]
    [InlineData("Exited (0) 1 minute ago", HealthStatus.None)]
    public void ReadsHealthFromTheListStatus(string status, HealthStatus expected)
    {
        ContainerStateText.HealthFromStatus(status).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Exited (137) 5 minutes ago", 137)]
    [InlineData("Exited (0) About a minute ago", 0)]
    [InlineData("Up 5 minutes", null)]
    [InlineData("Created", null)]
    public void ReadsTheExitCodeFromTheListStatus(string status, int? expected)
    {
        ContainerStateText.ExitCodeFromStatus(status).ShouldBe(expected);
    }

    [Theory]
    [InlineData("running", ServerState.Running)]
    [InlineData("exited", ServerState.Exited)]
    [InlineData("restarting", ServerState.Restarting)]
    [InlineData("paused", ServerState.Paused)]
    [InlineData("dead", ServerState.Dead)]
    [InlineData("created", ServerState.Created)]
    [InlineData("something-new", ServerState.Unknown)]
    public void MapsEngineStates(string state, ServerState expected)
    {
        ContainerStateText.ParseState(state).ShouldBe(expected);
    }

    [Fact]
    public void TreatsTheZeroTimeAsNever()
    {
        ContainerStateText.ParseTimestamp("0001-01-01T00:00:00Z").ShouldBeNull();
        ContainerStateText.ParseTimestamp("2026-11-24T04:12:33.123456789Z").ShouldNotBeNull().ToUnixTimeMilliseconds()
            .ShouldBe(new DateTimeOffset(2026, 11, 24, 4, 12, 33, 123, TimeSpan.Zero).ToUnixTimeMilliseconds());
    }
}
