using System.Net;
using Microsoft.AspNetCore.Http;
using ServerStatus.Presentation.Discord.Dashboard;

namespace ServerStatus.UnitTests.Presentation.Dashboard;

public sealed class DashboardClientTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("127.0.0.1", DashboardClient.ThisMachine)]
    [InlineData("127.0.0.2", DashboardClient.ThisMachine)]
    [InlineData("::1", DashboardClient.ThisMachine)]
    public void IsTheRemoteAddress_WithEveryLoopbackAddressOneClientAndIPv6ByItsSlash64(string remote, string client) =>
        DashboardClient.KeyOf(Request(remote)).ShouldBe(client);

    [Theory]
    [InlineData("X-Forwarded-For", "198.51.100.7", "198.51.100.7")]
    [InlineData("X-Forwarded-For", "10.9.9.9, 198.51.100.7", "198.51.100.7")]
    [InlineData("X-Forwarded-For", "198.51.100.7:50123", "198.51.100.7")]
    [InlineData("X-Forwarded-For", "2001:db8:1:2::99", "2001:db8:1:2::/64")]
    [InlineData("Forwarded", "for=10.9.9.9, for=198.51.100.7;proto=https", "198.51.100.7")]
    [InlineData("Forwarded", "for=\"[2001:db8:1:2::17]:4711\"", "2001:db8:1:2::/64")]
    [InlineData("X-Real-IP", "198.51.100.7", "198.51.100.7")]
    [InlineData("X-Forwarded-For", "unknown", DashboardClient.ThisMachine)]
    [InlineData("Forwarded", "for=_hidden", DashboardClient.ThisMachine)]
    public void IsTheAddressALocalProxyNames_TheLastOneItAdded(string header, string value, string client) =>
        DashboardClient.KeyOf(Request("127.0.0.1", (header, value))).ShouldBe(client);

    [Fact]
    public void IgnoresProxyHeaders_FromAnotherMachine() =>
        DashboardClient.KeyOf(Request("203.0.113.7", ("X-Forwarded-For", "198.51.100.7"))).ShouldBe("203.0.113.7");

    [Fact]
    public void PrefersXForwardedFor_OverTheOtherProxyHeaders() =>
        DashboardClient.KeyOf(Request("127.0.0.1", ("X-Real-IP", "198.51.100.8"), ("X-Forwarded-For", "198.51.100.7"))).ShouldBe("198.51.100.7");

    [Theory]
    [InlineData("Forwarded")]
    [InlineData("X-Forwarded-For")]
    [InlineData("X-Real-IP")]
    public void SaysARequestWasRelayed_WhenItCarriesAProxyHeader(string header)
    {
        DashboardClient.IsRelayed(Request("127.0.0.1", (header, "198.51.100.7")).Request).ShouldBeTrue();
        DashboardClient.IsRelayed(Request("127.0.0.1").Request).ShouldBeFalse();
    }

    private static DefaultHttpContext Request(string remote, params (string Name, string Value)[] headers)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        foreach (var (name, value) in headers)
        {
            context.Request.Headers[name] = value;
        }

        return context;
    }
}
