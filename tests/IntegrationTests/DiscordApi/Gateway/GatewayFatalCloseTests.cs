using DiscordApi.Events;
using DiscordApi.Gateway;
using Microsoft.Extensions.Logging;

namespace ServerStatus.IntegrationTests.DiscordApi.Gateway;

public sealed class GatewayFatalCloseTests
{
    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task StopsForGoodWithTypedError_WhenIdentifyIsAnsweredWithFatalClose(int closeCode)
    {
        await using var harness = await GatewayHarness.StartAsync(f => f.RejectIdentifyWith = closeCode);

        var error = await Should.ThrowAsync<GatewayFatalException>(harness.Client.Completion.WaitAsync(GatewayHarness.Deadline));

        error.CloseCode.ShouldBe(closeCode);
        error.Message.ShouldBe(GatewayCloseClassifier.DescribeFatal(closeCode));
        harness.Client.State.ShouldBe(GatewayState.Fatal);
        (await Should.ThrowAsync<GatewayFatalException>(harness.Client.Events.Completion.WaitAsync(GatewayHarness.Deadline))).CloseCode.ShouldBe(closeCode);
        harness.Fake.Connections.Count.ShouldBe(1, "a fatal close never reconnects");
        harness.Fake.FramesWithOp(GatewayOpcodes.Identify).Count.ShouldBe(1);
        harness.Logs.Entries.Count(l => l.Level == LogLevel.Critical).ShouldBe(1);
    }

    [Fact]
    public async Task LogsOneLineNamingThePortalSetting_WhenMessageContentIntentIsNotEnabled()
    {
        await using var harness = await GatewayHarness.StartAsync(f => f.PrivilegedIntentsEnabled = false);

        var error = await Should.ThrowAsync<GatewayFatalException>(harness.Client.Completion.WaitAsync(GatewayHarness.Deadline));

        error.CloseCode.ShouldBe(4014);
        var critical = harness.Logs.Entries.Where(l => l.Level == LogLevel.Critical).ShouldHaveSingleItem();
        critical.Text.ShouldContain("enable the Message Content intent in the Discord developer portal (Bot → Privileged Gateway Intents)");
        harness.Fake.Connections.Count.ShouldBe(1);
        harness.Fake.GatewayBotRequests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task StopsForGood_WhenFatalCloseArrivesMidSession()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.NextAsync<GuildAvailable>();

        await harness.Fake.CloseAsync(4004);

        var error = await Should.ThrowAsync<GatewayFatalException>(harness.Client.Completion.WaitAsync(GatewayHarness.Deadline));
        error.CloseCode.ShouldBe(4004);
        harness.Fake.Connections.Count.ShouldBe(1);
    }

    [Fact]
    public async Task StopsWithoutConnecting_WhenDiscoveryRejectsTheToken()
    {
        await using var harness = await GatewayHarness.StartAsync(configureClient: o => o.Token = "not-the-right-token");

        var error = await Should.ThrowAsync<GatewayFatalException>(harness.Client.Completion.WaitAsync(GatewayHarness.Deadline));

        error.CloseCode.ShouldBeNull();
        error.Message.ShouldContain("Discord:Token");
        harness.Fake.GatewayBotRequests.Count.ShouldBe(1);
        harness.Fake.Connections.ShouldBeEmpty();
    }
}
