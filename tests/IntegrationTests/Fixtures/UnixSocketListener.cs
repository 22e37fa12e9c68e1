using System.Net.Sockets;

namespace ServerStatus.IntegrationTests.Fixtures;

/// <summary>
/// A unix socket that answers Docker's ping while it exists, so a fake engine passes the start-up
/// check and can then disappear.
/// </summary>
public sealed class UnixSocketListener : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
    private readonly CancellationTokenSource _stop = new();
    private readonly string _path;

    public UnixSocketListener(string path)
    {
        _path = path;
        File.Delete(path);
        _socket.Bind(new UnixDomainSocketEndPoint(path));
        _socket.Listen(16);
        _ = AcceptLoopAsync();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _socket.Dispose();
        File.Delete(_path);
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _socket.AcceptAsync(_stop.Token);
                _ = AnswerPingAsync(client);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Disposed: the engine "goes away".
        }
    }

    private static async Task AnswerPingAsync(Socket client)
    {
        using (client)
        {
            var buffer = new byte[4096];
            await client.ReceiveAsync(buffer);
            var response = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nApi-Version: 1.41\r\nContent-Length: 2\r\nConnection: close\r\n\r\nOK"u8.ToArray();
            await client.SendAsync(response);
        }
    }
}
