using System.Net.Sockets;

namespace ServerStatus.StatusBenchmark;

/// <summary>The bare Engine API: plain HTTP on the engine's unix socket (no Docker.DotNet, no bot), API version 1.41.</summary>
internal static class EngineHttp
{
    public static HttpClient Create(Uri engine)
    {
        var socketPath = engine.AbsolutePath;
        return new HttpClient(new SocketsHttpHandler
        {
            ConnectCallback = async (_, ct) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
        })
        {
            BaseAddress = new Uri("http://docker/v1.41/"),
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }
}
