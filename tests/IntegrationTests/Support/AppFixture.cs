using Microsoft.Extensions.DependencyInjection;

namespace ServerStatus.IntegrationTests.Support;

/// <summary>The bot's composition without the Discord edge (<see cref="TestApp"/>), with its own containers (see <see cref="HostFixture"/>).</summary>
public class AppFixture : HostFixture
{
    private TestApp? _app;

    public TestApp App => _app ?? throw new InvalidOperationException("The app has not started.");

    public override IServiceProvider Services => App.Services;

    public override CapturedLogs Logs => App.Logs;

    /// <summary>
    /// A further app on the same containers with this fixture's settings and services, changed by <paramref name="change"/>,
    /// for a test that needs a host of its own (another setting, a start-up that must fail). Dispose it.
    /// </summary>
    public Task<TestApp> StartAnotherAsync(Action<Dictionary<string, string?>>? change = null) =>
        TestApp.StartAsync(Sandbox, settings =>
        {
            Configure(settings);
            change?.Invoke(settings);
        }, ConfigureServices);

    protected override async Task StartHostAsync() => _app = await TestApp.StartAsync(Sandbox, Configure, ConfigureServices);

    protected override async Task StopHostAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>Replaces services of the app under test (e.g. to inject faults at a port).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }
}
