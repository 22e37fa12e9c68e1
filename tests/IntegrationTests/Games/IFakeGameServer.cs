namespace ServerStatus.IntegrationTests.Games;

/// <summary>A fake game server listening on loopback.</summary>
public interface IFakeGameServer : IAsyncDisposable
{
    int Port { get; }
}
