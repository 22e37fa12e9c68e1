namespace ServerStatus.IntegrationTests.Support;

/// <summary>
/// One fake Discord and one Docker sandbox for a class whose tests run the bot as processes (<see cref="BotProcess"/>),
/// so that one bot's process can follow another on the same Discord.
/// </summary>
public sealed class DiscordAndSandbox : IAsyncLifetime
{
    /// <summary>The one server of the sandbox that a class may need (stopped), made by its first test that asks.</summary>
    public const string ServerName = "keeper";

    private readonly Lazy<Task> _server;

    public DiscordAndSandbox() => _server = new(() => Sandbox.CreateServerAsync(ServerName, start: false));

    public FakeDiscordServer Discord { get; private set; } = null!;

    public DockerSandbox Sandbox { get; } = new();

    public Task EnsureServerAsync() => _server.Value;

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
