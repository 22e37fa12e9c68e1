using Microsoft.Extensions.DependencyInjection;

namespace ServerStatus.IntegrationTests.Fixtures;

/// <summary>
/// A test class with its own containers and its own bot composition (no Discord edge): override the
/// hooks to create containers before the bot starts, change its settings, or arrange grants after.
/// </summary>
public abstract class AppTestBase : IAsyncLifetime
{
    protected DockerSandbox Sandbox { get; } = new();

    protected TestApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Sandbox.InitializeAsync();
        await BeforeStartAsync();
        App = await TestApp.StartAsync(Sandbox, Configure, ConfigureServices);
        await AfterStartAsync();
    }

    public async Task DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        await Sandbox.DisposeAsync();
        await CleanUpAsync();
    }

    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    protected virtual Task AfterStartAsync() => Task.CompletedTask;

    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }

    /// <summary>Replaces services of the bot under test (e.g. to inject faults at a port).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Runs last, after the bot and the containers are gone.</summary>
    protected virtual Task CleanUpAsync() => Task.CompletedTask;
}
