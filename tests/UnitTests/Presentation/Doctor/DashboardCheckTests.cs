using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Presentation.Discord.Dashboard;
using ServerStatus.Presentation.Discord.Doctor;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.UnitTests.Presentation.Doctor;

public sealed class DashboardCheckTests
{
    private const string Exposed = "http://0.0.0.0:5080";

    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080;http://127.0.0.1:5081")]
    public void Passes_WhenThereIsNoLoginButTheListenerIsLoopbackOnly(string urls)
    {
        var line = Check(("Urls", urls));

        line.ToString().ShouldBe("✓ the dashboard at /hangfire has no login and is served read-only to this machine only (the listener is loopback only)");
    }

    [Theory]
    [InlineData(Exposed, Exposed)]
    [InlineData("http://127.0.0.1:5080;http://*:8080", "http://*:8080")]
    [InlineData("http://+:80", "http://+:80")]
    [InlineData("http://[::]:5080", "http://[::]:5080")]
    [InlineData("http://bot.example:5080", "http://bot.example:5080")]
    public void NamesTheFix_WhenThereIsNoLoginAndTheListenerReachesOtherMachines(string urls, string named)
    {
        var line = Check(("Urls", urls));

        line.ToString().ShouldBe(
            $"✗ the dashboard has no login while the listener is reachable from other machines ({named}), which it answers with 403: set Dashboard:Username and Dashboard:PasswordHash (made by `hash-password`) or Dashboard:Token, or set Dashboard:Enabled to false.");
    }

    [Fact]
    public void CountsHttpPortsAsEveryInterface_WhenUrlsIsNotSet()
    {
        var line = Check(("HTTP_PORTS", "8080"));

        line.Passed.ShouldBeFalse();
        line.What.ShouldContain("(http://*:8080)");
    }

    [Fact]
    public void Passes_WhenALoginIsConfigured()
    {
        var line = Check(("Urls", Exposed), ("Dashboard:Username", "admin"), ("Dashboard:PasswordHash", DashboardPasswordHash.Create("pw", iterations: 1000)));

        line.ToString().ShouldBe("✓ the dashboard at /hangfire asks for a login (user name and password)");
    }

    [Fact]
    public void Passes_WhenTheDashboardIsSwitchedOff()
    {
        var line = Check(("Urls", Exposed), ("Dashboard:Enabled", "false"));

        line.ToString().ShouldBe("✓ the dashboard is switched off (Dashboard:Enabled is false)");
    }

    [Fact]
    public void QuotesTheSettingsProblem_WhenTheLoginIsHalfConfigured()
    {
        var line = Check(("Dashboard:Username", "admin"));

        line.ToString().ShouldBe("✗ the dashboard's settings are not valid: Dashboard:Username and Dashboard:PasswordHash go together: set both, or neither.");
    }

    private static DoctorLine Check(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddServerStatusWeb().BuildServiceProvider();
        return new DashboardCheck(services, configuration).Run();
    }
}
