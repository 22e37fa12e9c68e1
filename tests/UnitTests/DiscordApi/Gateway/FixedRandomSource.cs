using DiscordApi.Gateway;

namespace ServerStatus.UnitTests.DiscordApi.Gateway;

internal sealed class FixedRandomSource(double value) : IRandomSource
{
    public double NextDouble() => value;
}
