namespace ServerStatus.IntegrationTests.Fixtures;

/// <summary>A test class with its own containers and the whole bot connected to its own fake Discord.</summary>
public abstract class BotTestBase : IAsyncLifetime
{
    protected DockerSandbox Sandbox { get; } = new();

    protected BotUnderTest Bot { get; private set; } = null!;

    protected FakeDiscordServer Discord => Bot.Discord;

    public async Task InitializeAsync()
    {
        await Sandbox.InitializeAsync();
        await BeforeStartAsync();
        Bot = await BotUnderTest.StartAsync(Sandbox, Configure);
    }

    public virtual async Task DisposeAsync()
    {
        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }

        await Sandbox.DisposeAsync();
    }

    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }
}
