using System.Threading.Channels;
using DiscordApi.Events;
using DiscordApi.Gateway;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.UnitTests.Presentation.Hosting;

public sealed class BotRuntimeTests
{
    [Fact]
    public async Task CountsUptimeFromTheHostsStart_NotFromTheFirstQuestion()
    {
        var time = new FakeTimeProvider();
        var runtime = new BotRuntime(time, new IdleGateway());
        time.Advance(TimeSpan.FromSeconds(2));
        await runtime.StartAsync(CancellationToken.None);
        var started = time.GetUtcNow();

        time.Advance(TimeSpan.FromSeconds(100));

        runtime.StartedAt.ShouldBe(started);
        (time.GetUtcNow() - runtime.StartedAt).ShouldBe(TimeSpan.FromSeconds(100));
    }

    private sealed class IdleGateway : IDiscordGateway
    {
        public ChannelReader<GatewayEvent> Events { get; } = Channel.CreateUnbounded<GatewayEvent>().Reader;

        public GatewayState State => GatewayState.NotStarted;

        public TimeSpan? Latency => null;

        public ulong? CurrentUserId => null;

        public ulong? ApplicationId => null;

        public Task Completion => Task.CompletedTask;

        public Task StartAsync(CancellationToken ct) => Task.CompletedTask;

        public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    }
}
