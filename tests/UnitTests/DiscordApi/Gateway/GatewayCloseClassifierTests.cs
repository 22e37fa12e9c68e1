using DiscordApi.Gateway;

namespace ServerStatus.UnitTests.DiscordApi.Gateway;

public sealed class GatewayCloseClassifierTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(1000)]
    [InlineData(1001)]
    [InlineData(1006)]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4005)]
    [InlineData(4008)]
    [InlineData(4006)]
    [InlineData(4015)]
    [InlineData(4999)]
    public void Resumes_WhenCloseCodeIsResumableOrUnknown(int? closeCode)
    {
        var recovery = GatewayCloseClassifier.Classify(closeCode);

        recovery.ShouldBe(GatewayRecovery.Resume);
    }

    [Theory]
    [InlineData(4003)]
    [InlineData(4007)]
    [InlineData(4009)]
    public void Identifies_WhenCloseCodeInvalidatesTheSession(int closeCode)
    {
        var recovery = GatewayCloseClassifier.Classify(closeCode);

        recovery.ShouldBe(GatewayRecovery.Identify);
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public void IsFatal_WhenCloseCodeCannotBeFixedByRetrying(int closeCode)
    {
        var recovery = GatewayCloseClassifier.Classify(closeCode);

        recovery.ShouldBe(GatewayRecovery.Fatal);
    }

    [Fact]
    public void NamesThePortalSetting_WhenIntentsAreDisallowed()
    {
        var fix = GatewayCloseClassifier.DescribeFatal(4014);

        fix.ShouldContain("enable the Message Content intent in the Discord developer portal (Bot → Privileged Gateway Intents)");
    }

    [Theory]
    [InlineData(4004, "Discord:Token")]
    [InlineData(4013, "Discord:Intents")]
    [InlineData(4012, "v=10")]
    public void NamesTheFix_WhenCloseCodeIsFatal(int closeCode, string expected)
    {
        var fix = GatewayCloseClassifier.DescribeFatal(closeCode);

        fix.ShouldContain(expected);
    }

    [Theory]
    [InlineData(4001, true)]
    [InlineData(4002, true)]
    [InlineData(4005, true)]
    [InlineData(4008, true)]
    [InlineData(4000, false)]
    [InlineData(null, false)]
    public void FlagsOurBug_WhenCloseCodeBlamesTheClient(int? closeCode, bool expected)
    {
        GatewayCloseClassifier.IsOurBug(closeCode).ShouldBe(expected);
    }
}
