using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.IntegrationTests.Fixtures;

namespace ServerStatus.IntegrationTests.Servers;

/// <summary>A remote engine over tcp with TLS client certificates (a TLS endpoint in front of the real engine).</summary>
public sealed class TlsEngineTests : AppTestBase
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("serverstatus-tls-");
    private readonly TestCertificates _certificates;
    private readonly TlsDockerProxy _proxy;

    public TlsEngineTests()
    {
        _certificates = new TestCertificates(_directory.FullName);
        _proxy = new TlsDockerProxy(_certificates.Server, _certificates.Authority, TestEngines.Primary.AbsolutePath);
    }

    protected override Task BeforeStartAsync() => Sandbox.CreateServerAsync("remote");

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Docker:Engines:1:Name"] = "tls";
        settings["Docker:Engines:1:Endpoint"] = _proxy.Endpoint.ToString();
        settings["Docker:Engines:1:ClientCertificatePath"] = _certificates.ClientPfxPath;
        settings["Docker:Engines:1:ClientCertificatePassword"] = TestCertificates.ClientPfxPassword;
        settings["Docker:Engines:1:CaCertificatePath"] = _certificates.CaPemPath;
    }

    [Fact]
    public async Task ListsAndActsOnServers_OfATlsEngine()
    {
        var overview = await App.SendAsync(TestApp.Admin, new GetServerStatus([]));
        var restart = await App.SendAsync(TestApp.Admin, new RunPowerAction(PowerAction.Restart, ["tls/remote"]));

        overview.Value.ShouldBeOfType<StatusOverview>().Servers.Select(s => s.Id.QualifiedName).ShouldBe(["local/remote", "tls/remote"], ignoreOrder: true);
        restart.Value.Servers.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Ok);
    }

    [Fact]
    public async Task RefusesAnEngineWhoseCertificateIsNotFromTheConfiguredCa()
    {
        using var stranger = TestCertificates.CreateAuthority("CN=Somebody Else");
        var otherCa = Path.Combine(_directory.FullName, "other-ca.pem");
        await File.WriteAllTextAsync(otherCa, stranger.ExportCertificatePem());
        var exception = await Should.ThrowAsync<InvalidOperationException>(() => TestApp.StartAsync(Sandbox, settings =>
        {
            Configure(settings);
            settings["Docker:Engines:1:CaCertificatePath"] = otherCa;
        }));

        exception.Message.ShouldContain("Docker engine `tls` is not reachable");
        exception.Message.ShouldContain("TLS handshake failed");
    }

    [Fact]
    public async Task CannotConnect_WithoutTheClientCertificateSetup()
    {
        var exception = await Should.ThrowAsync<InvalidOperationException>(() => TestApp.StartAsync(Sandbox, settings =>
        {
            Configure(settings);
            settings["Docker:Engines:1:Endpoint"] = _proxy.Endpoint.ToString().Replace("tcp://", "https://", StringComparison.Ordinal);
            settings.Remove("Docker:Engines:1:ClientCertificatePath");
        }));

        exception.Message.ShouldContain("Docker engine `tls` is not reachable");
        _proxy.RefusedHandshakes.ShouldBeGreaterThan(0);
    }

    protected override async Task CleanUpAsync()
    {
        await _proxy.DisposeAsync();
        _certificates.Dispose();
        _directory.Delete(recursive: true);
    }
}
