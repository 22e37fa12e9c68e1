using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace ServerStatus.StatusBenchmark;

/// <summary>
/// A unix socket in front of a Docker engine that passes every byte through both ways and counts the HTTP requests
/// going to the engine, by kind (<c>stats</c>, <c>list</c>, <c>inspect</c>, <c>events</c>, ...): how many engine calls
/// the bot makes, seen from outside it.
/// </summary>
internal sealed partial class CountingEngineProxy : IDisposable
{
    private readonly Socket _listener = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly string _path;
    private readonly string _engine;

    private CountingEngineProxy(string path, string engine)
    {
        (_path, _engine) = (path, engine);
        File.Delete(path);
        _listener.Bind(new UnixDomainSocketEndPoint(path));
        _listener.Listen(64);
        _ = AcceptLoopAsync();
    }

    /// <summary>The endpoint to give the bot, <c>unix://...</c>.</summary>
    public Uri Endpoint => new("unix://" + _path);

    /// <summary>A proxy listening on <paramref name="path"/> for the engine on the unix socket <paramref name="engineSocket"/>.</summary>
    public static CountingEngineProxy Start(string path, string engineSocket) => new(path, engineSocket);

    /// <summary>The calls counted so far, by kind.</summary>
    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(_calls, StringComparer.Ordinal);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Dispose();
        File.Delete(_path);
        _stop.Dispose();
    }

    /// <summary>What kind of engine call a request path is (API version prefix and query left out).</summary>
    internal static string KindOf(string method, string path)
    {
        var bare = VersionPrefix().Replace(path.Split('?')[0], "");
        return bare switch
        {
            "/containers/json" => "list",
            "/events" => "events",
            "/_ping" => "ping",
            _ when bare.EndsWith("/stats", StringComparison.Ordinal) => "stats",
            _ when bare.EndsWith("/json", StringComparison.Ordinal) => "inspect",
            _ => method + " " + ContainerSegment().Replace(bare, "/containers/{id}/"),
        };
    }

    private async Task AcceptLoopAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptAsync(_stop.Token);
                _ = ServeAsync(client);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // stopped
        }
    }

    private async Task ServeAsync(Socket client)
    {
        using var engine = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await engine.ConnectAsync(new UnixDomainSocketEndPoint(_engine), _stop.Token);
            await using var down = new NetworkStream(client, ownsSocket: true);
            await using var up = new NetworkStream(engine, ownsSocket: false);
            var toEngine = PumpAsync(down, up, count: true);
            var toClient = PumpAsync(up, down, count: false);
            await Task.WhenAny(toEngine, toClient);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // a closed connection
        }
    }

    // Request lines are found in the bytes to the engine; a line split between two reads is found with the tail kept.
    private async Task PumpAsync(Stream from, Stream to, bool count)
    {
        var buffer = new byte[64 * 1024];
        var tail = "";
        int read;
        while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
        {
            await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
            if (!count)
            {
                continue;
            }

            var text = tail + Encoding.Latin1.GetString(buffer, 0, read);
            var end = 0;
            foreach (Match match in RequestLine().Matches(text))
            {
                _calls.AddOrUpdate(KindOf(match.Groups[1].Value, match.Groups[2].Value), 1, (_, n) => n + 1);
                end = match.Index + match.Length;
            }

            var keep = Math.Max(end, text.Length - 512);
            tail = text[keep..];
        }
    }

    [GeneratedRegex(@"(GET|POST|PUT|DELETE|HEAD) (/\S*) HTTP/1\.[01]\r\n", RegexOptions.CultureInvariant)]
    private static partial Regex RequestLine();

    [GeneratedRegex(@"^/v[0-9.]+", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPrefix();

    [GeneratedRegex(@"^/containers/[^/]+/", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerSegment();
}
