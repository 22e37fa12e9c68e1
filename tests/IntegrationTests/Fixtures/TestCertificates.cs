using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ServerStatus.IntegrationTests.Fixtures;

/// <summary>A throw-away CA with a server certificate for 127.0.0.1 and a client certificate, like a TLS Docker setup.</summary>
public sealed class TestCertificates : IDisposable
{
    public TestCertificates(string directory)
    {
        Authority = CreateAuthority("CN=ServerStatus Test CA");
        Server = Issue(Authority, "CN=127.0.0.1", serverAuth: true);
        Client = Issue(Authority, "CN=serverstatus-bot", serverAuth: false);
        CaPemPath = Path.Combine(directory, "ca.pem");
        ClientPfxPath = Path.Combine(directory, "client.pfx");
        File.WriteAllText(CaPemPath, Authority.ExportCertificatePem());
        File.WriteAllBytes(ClientPfxPath, Client.Export(X509ContentType.Pfx, ClientPfxPassword));
    }

    public const string ClientPfxPassword = "test-only";

    public X509Certificate2 Authority { get; }

    public X509Certificate2 Server { get; }

    public X509Certificate2 Client { get; }

    public string CaPemPath { get; }

    public string ClientPfxPath { get; }

    public static X509Certificate2 CreateAuthority(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        return Reload(created);
    }

    public static X509Certificate2 Issue(X509Certificate2 authority, string subject, bool serverAuth)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid(serverAuth ? "1.3.6.1.5.5.7.3.1" : "1.3.6.1.5.5.7.3.2")], false));
        if (serverAuth)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
        }

        using var issued = request.Create(authority, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(1), RandomNumberGenerator.GetBytes(8));
        using var withKey = issued.CopyWithPrivateKey(key);
        return Reload(withKey);
    }

    public void Dispose()
    {
        Authority.Dispose();
        Server.Dispose();
        Client.Dispose();
    }

    // Ephemeral keys cannot always be used by SslStream; a PKCS#12 round trip gives a usable one.
    private static X509Certificate2 Reload(X509Certificate2 certificate) =>
        X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
}
