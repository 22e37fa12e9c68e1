using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Docker.DotNet;
using Docker.DotNet.X509;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>Builds a Docker.DotNet client for a configured engine: unix socket, or tcp with TLS client certificates.</summary>
public static class DockerClientFactory
{
    // Long enough for a stop with a long stop timeout; quick calls carry their own shorter deadline.
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromMinutes(65);

    public static DockerClient Create(EngineOptions engine)
    {
        var builder = new DockerClientBuilder()
            .WithEndpoint(engine.Endpoint)
            .WithApiVersion(Version.Parse(engine.ApiVersion))
            .WithTimeout(ClientTimeout);
        if (engine.ClientCertificatePath is { Length: > 0 } path)
        {
            builder = builder.WithAuthProvider(TlsCredentials(engine, path));
        }

        return builder.Build();
    }

    private static CertificateCredentials TlsCredentials(EngineOptions engine, string certificatePath)
    {
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(certificatePath, engine.ClientCertificatePassword);
        var credentials = new CertificateCredentials(certificate);
        if (engine.CaCertificatePath is { Length: > 0 } caPath)
        {
            var authority = X509CertificateLoader.LoadCertificateFromFile(caPath);
            credentials.ServerCertificateValidationCallback = (_, presented, _, errors) =>
                presented is not null && IsSignedBy(new X509Certificate2(presented), authority, errors);
        }

        return credentials;
    }

    private static bool IsSignedBy(X509Certificate2 presented, X509Certificate2 authority, SslPolicyErrors errors)
    {
        if ((errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(presented);
    }
}
