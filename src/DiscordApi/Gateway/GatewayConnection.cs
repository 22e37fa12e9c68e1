using System.Net.WebSockets;

namespace DiscordApi.Gateway;

/// <summary>One gateway WebSocket: reassembles fragmented frames, inflates zlib-stream, serializes sends through the
/// per-connection send limiter. Nothing here outlives the socket: a new connection gets a new instance.</summary>
internal sealed class GatewayConnection(Uri url, bool compression, TimeProvider timeProvider) : IDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ZLibStreamDecoder? _decoder = compression ? new ZLibStreamDecoder() : null;
    private readonly MemoryStream _message = new();
    private byte[] _receiveBuffer = new byte[16 * 1024];
    private int _disposed;

    public Uri Url => url;

    public GatewaySendLimiter Limiter { get; } = new(timeProvider);

    /// <summary>Why we aborted the socket ourselves (zombie, hello timeout), if we did.</summary>
    public string? AbortReason { get; private set; }

    /// <summary>The close code the server sent, once a close frame was received.</summary>
    public int? CloseCode => _socket.CloseStatus is { } status ? (int)status : null;

    public string? CloseDescription => _socket.CloseStatusDescription;

    public async Task ConnectAsync(CancellationToken ct)
    {
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await _socket.ConnectAsync(url, ct);
    }

    /// <summary>Receives the next complete gateway payload (UTF-8 JSON), or null when the server closed the socket.</summary>
    public async Task<ReadOnlyMemory<byte>?> ReceiveAsync()
    {
        while (true)
        {
            _message.SetLength(0);
            ValueWebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(_receiveBuffer.AsMemory(), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                _message.Write(_receiveBuffer, 0, result.Count);
                if (result.Count == _receiveBuffer.Length && _receiveBuffer.Length < 1024 * 1024)
                {
                    _receiveBuffer = new byte[_receiveBuffer.Length * 2];
                }
            }
            while (!result.EndOfMessage);

            if (_decoder is null)
            {
                return _message.ToArray();
            }

            if (_decoder.TryDecode(_message.GetBuffer().AsSpan(0, (int)_message.Length), out var inflated))
            {
                return inflated;
            }
        }
    }

    /// <summary>Sends one payload once the send budget allows; payloads over 4096 bytes are refused locally.</summary>
    public async Task SendAsync(ReadOnlyMemory<byte> payload, bool isHeartbeat, CancellationToken ct)
    {
        if (payload.Length > GatewaySendLimiter.MaxPayloadBytes)
        {
            throw new ArgumentException(
                $"A gateway payload may be at most {GatewaySendLimiter.MaxPayloadBytes} bytes; this one has {payload.Length}.",
                nameof(payload));
        }

        while (!Limiter.TryAcquire(isHeartbeat, out var retryAfter))
        {
            await Task.Delay(retryAfter, timeProvider, ct);
        }

        await _sendLock.WaitAsync(ct);
        try
        {
            await _socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, ct);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends a close frame with <paramref name="closeCode"/> (bounded by <paramref name="timeout"/>).
    /// Does not wait for the server's answer; the receive side sees it.</summary>
    public async Task SendCloseAsync(int closeCode, TimeSpan timeout)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var cts = new CancellationTokenSource(timeout, timeProvider);
        try
        {
            await _sendLock.WaitAsync(cts.Token);
            try
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, null, cts.Token);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            Abort(AbortReason ?? "close handshake failed");
        }
    }

    /// <summary>Tears the socket down at once (no close handshake); a pending receive fails.</summary>
    public void Abort(string reason)
    {
        AbortReason ??= reason;
        if (Volatile.Read(ref _disposed) == 0)
        {
            _socket.Abort();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _socket.Abort();
        _socket.Dispose();
        _sendLock.Dispose();
        _decoder?.Dispose();
        _message.Dispose();
    }
}
