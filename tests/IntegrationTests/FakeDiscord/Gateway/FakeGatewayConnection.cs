using System.IO.Compression;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;

namespace ServerStatus.IntegrationTests.FakeDiscord.Gateway;

/// <summary>One WebSocket connection the client opened to the fake.</summary>
public sealed class FakeGatewayConnection : IDisposable
{
    private readonly WebSocket _socket;
    private readonly HttpContext _context;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly MemoryStream? _wire;
    private readonly ZLibStream? _compressor;

    internal FakeGatewayConnection(int id, HttpContext context, WebSocket socket)
    {
        Id = id;
        _context = context;
        _socket = socket;
        Path = context.Request.Path.Value ?? "";
        Query = context.Request.QueryString.Value ?? "";
        Compressed = context.Request.Query["compress"] == "zlib-stream";
        ConnectedAt = DateTimeOffset.UtcNow;
        if (Compressed)
        {
            _wire = new MemoryStream();
            _compressor = new ZLibStream(_wire, CompressionLevel.Optimal, leaveOpen: true);
        }
    }

    public int Id { get; }

    /// <summary>Request path: <c>/gateway</c> for fresh connections, <c>/gateway/resume</c> for the resume URL.</summary>
    public string Path { get; }

    /// <summary>Query string including the leading <c>?</c>.</summary>
    public string Query { get; }

    /// <summary>Path and query as requested, e.g. <c>/gateway/resume?v=10&amp;encoding=json</c>.</summary>
    public string Url => Path + Query;

    public bool IsResumeUrl => Path.EndsWith("/resume", StringComparison.Ordinal);

    public bool Compressed { get; }

    public DateTimeOffset ConnectedAt { get; }

    public DateTimeOffset? EndedAt { get; internal set; }

    /// <summary>Close code the client sent, if it sent a close frame.</summary>
    public int? ClientCloseCode { get; internal set; }

    /// <summary>When set, this connection behaves like a dead link: no ACKs, no dispatches delivered.</summary>
    public bool Zombie { get; internal set; }

    internal FakeGatewaySession? Session { get; set; }

    internal WebSocket Socket => _socket;

    internal CancellationToken Aborted => _context.RequestAborted;

    internal async Task SendAsync(string json, int splitFrames)
    {
        await _sendLock.WaitAsync();
        try
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(json);
            if (_compressor is not null && _wire is not null)
            {
                _compressor.Write(bytes);
                _compressor.Flush();
                var compressed = _wire.ToArray();
                _wire.Position = 0;
                _wire.SetLength(0);
                foreach (var piece in Split(compressed, splitFrames))
                {
                    await _socket.SendAsync(piece, WebSocketMessageType.Binary, true, CancellationToken.None);
                }
            }
            else
            {
                var pieces = Split(bytes, splitFrames);
                for (var i = 0; i < pieces.Count; i++)
                {
                    await _socket.SendAsync(pieces[i], WebSocketMessageType.Text, i == pieces.Count - 1, CancellationToken.None);
                }
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    internal async Task CloseAsync(int code)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, "closed by the fake gateway", CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    internal void Drop()
    {
        try
        {
            _context.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The client hung up first and the request has already ended: there is nothing left to drop.
        }
    }

    public void Dispose()
    {
        _compressor?.Dispose();
        _wire?.Dispose();

        // The send lock is not disposed: a close frame makes the client hang up at once, and the connection can be
        // disposed before CloseAsync releases the lock (a SemaphoreSlim holds nothing to free unless its wait
        // handle was used).
    }

    private static List<ArraySegment<byte>> Split(byte[] bytes, int pieces)
    {
        pieces = Math.Clamp(pieces, 1, Math.Max(1, bytes.Length));
        var size = (int)Math.Ceiling(bytes.Length / (double)pieces);
        var result = new List<ArraySegment<byte>>();
        for (var offset = 0; offset < bytes.Length; offset += size)
        {
            result.Add(new ArraySegment<byte>(bytes, offset, Math.Min(size, bytes.Length - offset)));
        }

        return result;
    }
}
