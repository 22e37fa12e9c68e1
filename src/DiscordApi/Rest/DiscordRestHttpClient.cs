namespace DiscordApi.Rest;

/// <summary>Owns the REST client's <see cref="HttpClient"/> so the container disposes it at shutdown.</summary>
internal sealed class DiscordRestHttpClient(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public void Dispose() => Client.Dispose();
}
