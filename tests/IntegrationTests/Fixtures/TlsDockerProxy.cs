using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace ServerStatus.IntegrationTests.Fixtures;

/// <summary>
/// A remote-engine stand-in: TLS on 127.0.0.1 that, like <c>dockerd --tlsverify</c>, demands a client
/// certificate signed by the CA, then forwards bytes to the real engine's unix socket.
/// </summary>
public sealed class TlsDockerProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly X509Certificate2 _serverCertificate;
    private readonly X509Certificate2 _clientAuthority;
    private readonly string _engineSocket;
    private readonly Task _accepting;

    public TlsDockerProxy(X509Certificate2 serverCertificate, X509Certificate2 clientAuthority, string engineSocket)
    {
        _serverCertificate = serverCertificate;
        _clientAuthority = clientAuthority;
        _engineSocket = engineSocket;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public Uri Endpoint => new($"tcp://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    public int RefusedHandshakes { get; private set; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            await using var tls = new SslStream(client.GetStream(), leaveInnerStreamOpen: false);
            try
            {
                await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
                {
                    ServerCertificate = _serverCertificate,
                    ClientCertificateRequired = true,
                    RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null && SignedByAuthority(certificate),
                }, _stop.Token);
            }
            catch (Exception ex) when (ex is IOException or System.Security.Authentication.AuthenticationException)
            {
                RefusedHandshakes++;
                return;
            }

            using var engine = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            await engine.ConnectAsync(new UnixDomainSocketEndPoint(_engineSocket), _stop.Token);
            await using var engineStream = new NetworkStream(engine, ownsSocket: false);
            var up = tls.CopyToAsync(engineStream, _stop.Token);
            var down = engineStream.CopyToAsync(tls, _stop.Token);
            await ((Task)Task.WhenAny(up, down)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private bool SignedByAuthority(X509Certificate certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(_clientAuthority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(new X509Certificate2(certificate));
    }
}
