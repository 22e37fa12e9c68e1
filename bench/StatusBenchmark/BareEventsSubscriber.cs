using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace ServerStatus.StatusBenchmark;

/// <summary>
/// The reference for the alert benchmark: a bare <c>GET /events</c> on the engine's unix socket (no Docker.DotNet, no
/// bot), filtered to the die events of the benchmark's containers, noting when each event's line arrives.
/// </summary>
internal sealed class BareEventsSubscriber : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly Stream _stream;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _dies = new();
    private readonly Task _reading;

    private BareEventsSubscriber(HttpClient http, Stream stream)
    {
        _http = http;
        _stream = stream;
        _reading = ReadAsync();
    }

    /// <summary>Subscribes (the engine streams events from the moment its response headers are sent).</summary>
    public static async Task<BareEventsSubscriber> StartAsync(Uri engine, string label)
    {
        var http = EngineHttp.Create(engine);
        var filters = JsonSerializer.Serialize(new Dictionary<string, string[]>
        {
            ["type"] = ["container"],
            ["event"] = ["die"],
            ["label"] = [label],
        });
        var response = await http.GetAsync(new Uri("events?filters=" + Uri.EscapeDataString(filters), UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new BareEventsSubscriber(http, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The <see cref="Stopwatch"/> timestamp at which the die event of container <paramref name="name"/> arrived.</summary>
    public Task<long> DieOfAsync(string name) => Completion(name).Task;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _stream.DisposeAsync();
        await _reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _http.Dispose();
        _stop.Dispose();
    }

    private TaskCompletionSource<long> Completion(string name) =>
        _dies.GetOrAdd(name, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));

    private async Task ReadAsync()
    {
        using var reader = new StreamReader(_stream);
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var arrived = Stopwatch.GetTimestamp();
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("Actor", out var actor)
                && actor.GetProperty("Attributes").TryGetProperty("name", out var name))
            {
                Completion(name.GetString() ?? "").TrySetResult(arrived);
            }
        }
    }
}
