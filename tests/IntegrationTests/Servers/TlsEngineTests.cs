using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;

namespace ServerStatus.IntegrationTests.Servers;

/// <summary>A remote engine over tcp with TLS client certificates (a TLS endpoint in front of the real engine).</summary>
public sealed class TlsEngineTests(TlsEngineTests.Setup fixture) : AppTests<TlsEngineTests.Setup>(fixture)
{
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
        var otherCa = Path.Combine(Fixture.Directory.FullName, "other-ca.pem");
        await File.WriteAllTextAsync(otherCa, stranger.ExportCertificatePem());
        var exception = await Should.ThrowAsync<InvalidOperationException>(() => Fixture.StartAnotherAsync(settings =>
            settings["Docker:Engines:1:CaCertificatePath"] = otherCa));

        exception.Message.ShouldContain("Docker engine `tls` is not reachable");
        exception.Message.ShouldContain("TLS handshake failed");
    }

    [Fact]
    public async Task CannotConnect_WithoutTheClientCertificateSetup()
    {
        var exception = await Should.ThrowAsync<InvalidOperationException>(() => Fixture.StartAnotherAsync(settings =>
        {
            settings["Docker:Engines:1:Endpoint"] = Fixture.Proxy.Endpoint.ToString().Replace("tcp://", "https://", StringComparison.Ordinal);
            settings.Remove("Docker:Engines:1:ClientCertificatePath");
        }));

        exception.Message.ShouldContain("Docker engine `tls` is not reachable");
        Fixture.Proxy.RefusedHandshakes.ShouldBeGreaterThan(0);
    }

    /// <summary><c>remote</c> on the local engine, also reached as engine <c>tls</c> through a TLS endpoint that wants client certificates.</summary>
    public sealed class Setup : AppFixture
    {
        private readonly TestCertificates _certificates;

        public Setup()
        {
            _certificates = new TestCertificates(Directory.FullName);
            Proxy = new TlsDockerProxy(_certificates.Server, _certificates.Authority, TestEngines.Primary.AbsolutePath);
        }

        public DirectoryInfo Directory { get; } = System.IO.Directory.CreateTempSubdirectory("serverstatus-tls-");

        public TlsDockerProxy Proxy { get; }

        protected override Task BeforeStartAsync() => Sandbox.CreateServerAsync("remote");

        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Docker:Engines:1:Name"] = "tls";
            settings["Docker:Engines:1:Endpoint"] = Proxy.Endpoint.ToString();
            settings["Docker:Engines:1:ClientCertificatePath"] = _certificates.ClientPfxPath;
            settings["Docker:Engines:1:ClientCertificatePassword"] = TestCertificates.ClientPfxPassword;
            settings["Docker:Engines:1:CaCertificatePath"] = _certificates.CaPemPath;
        }

        protected override async Task CleanUpAsync()
        {
            await Proxy.DisposeAsync();
            _certificates.Dispose();
            Directory.Delete(recursive: true);
        }
    }
}
