using ServerStatus.Presentation.Discord.Health;

namespace ServerStatus.UnitTests.Presentation.Health;

public sealed class HealthCheckCommandTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/healthz")]
    [InlineData("http://0.0.0.0:5080", "http://127.0.0.1:5080/healthz")]
    [InlineData("http://*:8080;http://127.0.0.1:9090", "http://127.0.0.1:8080/healthz")]
    [InlineData("http://+:5080", "http://127.0.0.1:5080/healthz")]
    [InlineData("http://[::]:5080", "http://[::1]:5080/healthz")]
    [InlineData("http://localhost:5080/", "http://localhost:5080/healthz")]
    [InlineData(" HTTP://127.0.0.1 ", "http://127.0.0.1:80/healthz")]
    public void AsksTheFirstListenerOnLoopback_WhenItsHostIsAWildcard(string urls, string expected)
    {
        HealthCheckCommand.ProbeUrl(urls).ShouldBe(new Uri(expected));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("http://127.0.0.1:0")]
    [InlineData("unix:/run/serverstatus.sock")]
    [InlineData("http://127.0.0.1:99999")]
    public void HasNoAddress_WhenTheListenerIsMissingOrItsPortIsChosenAtStart(string? urls)
    {
        HealthCheckCommand.ProbeUrl(urls).ShouldBeNull();
    }
}
