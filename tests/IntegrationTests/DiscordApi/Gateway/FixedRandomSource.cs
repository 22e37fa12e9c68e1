using DiscordApi.Gateway;

namespace ServerStatus.IntegrationTests.DiscordApi.Gateway;

internal sealed class FixedRandomSource(double value) : IRandomSource
{
    public double NextDouble() => value;
}
