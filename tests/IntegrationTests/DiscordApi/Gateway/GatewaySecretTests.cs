using DiscordApi.Events;
using DiscordApi.Gateway;

namespace ServerStatus.IntegrationTests.DiscordApi.Gateway;

public sealed class GatewaySecretTests
{
    private const string Token = "MTIzNDU2Nzg5.SECRET-distinctive-token.q1w2e3r4t5y6";

    [Fact]
    public async Task NeverLogsTheToken_WhenIdentifyingResumingAndStopping()
    {
        await using var harness = await GatewayHarness.StartAsync(f => f.Token = Token);
        await harness.NextAsync<GuildAvailable>();
        await harness.Fake.SendReconnectAsync();
        await harness.NextAsync<Resumed>();
        harness.Fake.DropConnection();
        await harness.NextAsync<Resumed>();

        await harness.Client.StopAsync(CancellationToken.None);

        harness.Fake.FramesWithOp(GatewayOpcodes.Identify).ShouldHaveSingleItem().StringField("token").ShouldBe(Token);
        harness.Fake.FramesWithOp(GatewayOpcodes.Resume).Count.ShouldBe(2);
        harness.Logs.Entries.Count.ShouldBeGreaterThan(5);
        harness.Logs.AllText.ShouldNotContain(Token);
        harness.Logs.AllText.ShouldNotContain("SECRET-distinctive");
    }

    [Fact]
    public async Task NeverLogsOrThrowsTheToken_WhenTheTokenIsRejected()
    {
        const string wrong = "WRONG.SECRET-distinctive-token.zzz";
        await using var harness = await GatewayHarness.StartAsync(configureClient: o => o.Token = wrong);

        var error = await Should.ThrowAsync<GatewayFatalException>(harness.Client.Completion.WaitAsync(GatewayHarness.Deadline));

        error.ToString().ShouldNotContain(wrong);
        harness.Logs.Entries.ShouldNotBeEmpty();
        harness.Logs.AllText.ShouldNotContain("SECRET-distinctive");
    }

    [Fact]
    public async Task NeverLogsTheToken_WhenIdentifyIsRejectedWith4004()
    {
        await using var harness = await GatewayHarness.StartAsync(f =>
        {
            f.Token = Token;
            f.RejectIdentifyWith = 4004;
        });

        var error = await Should.ThrowAsync<GatewayFatalException>(harness.Client.Completion.WaitAsync(GatewayHarness.Deadline));

        error.ToString().ShouldNotContain(Token);
        harness.Logs.AllText.ShouldNotContain("SECRET-distinctive");
    }
}
