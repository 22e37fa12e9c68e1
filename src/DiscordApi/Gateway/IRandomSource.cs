namespace DiscordApi.Gateway;

/// <summary>Source of jitter for heartbeats and backoff; tests inject a fixed one.</summary>
public interface IRandomSource
{
    /// <summary>A uniformly distributed value in [0, 1).</summary>
    double NextDouble();
}
