using System.Security.Cryptography;

namespace DiscordApi.Gateway;

/// <summary>Default jitter source (cryptographic generator: no seeding concerns, no shared-state races).</summary>
internal sealed class SharedRandomSource : IRandomSource
{
    public static SharedRandomSource Instance { get; } = new();

    public double NextDouble() => RandomNumberGenerator.GetInt32(int.MaxValue) / (double)int.MaxValue;
}
