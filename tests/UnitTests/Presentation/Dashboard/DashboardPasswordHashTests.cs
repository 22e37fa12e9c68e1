using ServerStatus.Presentation.Discord.Dashboard;

namespace ServerStatus.UnitTests.Presentation.Dashboard;

public sealed class DashboardPasswordHashTests
{
    [Fact]
    public void AcceptsThePassword_ItWasMadeFrom()
    {
        var hash = DashboardPasswordHash.Create("correct horse", iterations: 1000);

        DashboardPasswordHash.Verify("correct horse", hash).ShouldBeTrue();
        DashboardPasswordHash.IsWellFormed(hash).ShouldBeTrue();
    }

    [Fact]
    public void RejectsAnotherPassword()
    {
        var hash = DashboardPasswordHash.Create("correct horse", iterations: 1000);

        DashboardPasswordHash.Verify("correct horsf", hash).ShouldBeFalse();
        DashboardPasswordHash.Verify("", hash).ShouldBeFalse();
    }

    [Fact]
    public void SaltsEveryHash()
    {
        DashboardPasswordHash.Create("same", iterations: 1000).ShouldNotBe(DashboardPasswordHash.Create("same", iterations: 1000));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain text password")]
    [InlineData("pbkdf2-sha256:abc:AAAA:AAAA")]
    [InlineData("pbkdf2-sha256:1000:not base64!:AAAA")]
    [InlineData("md5:1000:AAAA:AAAA")]
    public void RejectsEverything_WhenTheHashIsMalformed(string hash)
    {
        DashboardPasswordHash.IsWellFormed(hash).ShouldBeFalse();
        DashboardPasswordHash.Verify("plain text password", hash).ShouldBeFalse();
    }
}
