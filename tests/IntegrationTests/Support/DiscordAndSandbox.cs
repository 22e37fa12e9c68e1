namespace ServerStatus.IntegrationTests.Support;

/// <summary>
/// One fake Discord and one Docker sandbox for a class whose tests run the bot as processes (<see cref="BotProcess"/>),
/// so that one bot's process can follow another on the same Discord.
/// </summary>
public sealed class DiscordAndSandbox : IAsyncLifetime
{
    public FakeDiscordServer Discord { get; private set; } = null!;

    public DockerSandbox Sandbox { get; } = new();

    public async Task InitializeAsync()
    {
        Discord = await FakeDiscordServer.StartAsync();
        await Sandbox.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Sandbox.DisposeAsync();
        await Discord.DisposeAsync();
    }
}
