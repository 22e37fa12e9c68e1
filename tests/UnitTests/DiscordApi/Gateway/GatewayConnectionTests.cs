using DiscordApi.Gateway;

namespace ServerStatus.UnitTests.DiscordApi.Gateway;

public sealed class GatewayConnectionTests
{
    [Fact]
    public async Task RefusesLocally_WhenPayloadExceeds4096Bytes()
    {
        using var connection = new GatewayConnection(new Uri("ws://127.0.0.1:9/"), false, TimeProvider.System);

        var error = await Should.ThrowAsync<ArgumentException>(() => connection.SendAsync(new byte[4097], false, CancellationToken.None));

        error.Message.ShouldContain("4096");
        connection.Limiter.TryAcquire(false, out _).ShouldBeTrue("a refused payload takes no slot");
    }
}
