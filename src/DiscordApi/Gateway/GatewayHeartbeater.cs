using System.Net.WebSockets;
using System.Text.Json;

namespace DiscordApi.Gateway;

/// <summary>Heartbeats for exactly one connection: first beat after interval * r, then every interval, each carrying
/// the last sequence number. A beat still unacknowledged when the next one is due marks the connection a zombie and
/// calls <paramref name="onZombie"/> (close 4900 + abort). The delegates are bound to one connection, so a
/// heartbeater can never touch a newer socket.</summary>
internal sealed class GatewayHeartbeater(
    TimeSpan interval,
    Func<int?> sequence,
    Func<ReadOnlyMemory<byte>, CancellationToken, Task> send,
    Func<Task> onZombie,
    IRandomSource random,
    TimeProvider timeProvider)
{
    private long _sentAt;
    private int _ackPending;
    private long _latencyTicks = -1;

    public static GatewayHeartbeater For(
        GatewayConnection connection,
        TimeSpan interval,
        Func<int?> sequence,
        IRandomSource random,
        TimeProvider timeProvider,
        TimeSpan closeTimeout) =>
        new(
            interval,
            sequence,
            (payload, ct) => connection.SendAsync(payload, isHeartbeat: true, ct),
            async () =>
            {
                await connection.SendCloseAsync(GatewayCloseCodes.Reconnecting, closeTimeout);
                connection.Abort("zombie connection: no heartbeat ACK");
            },
            random,
            timeProvider);

    /// <summary>Round trip of the last acknowledged beat.</summary>
    public TimeSpan? Latency => Interlocked.Read(ref _latencyTicks) is var ticks and >= 0 ? TimeSpan.FromTicks(ticks) : null;

    /// <summary>True once this connection was declared a zombie.</summary>
    public bool IsZombie { get; private set; }

    public async Task RunAsync(CancellationToken ct)
    {
        try
        {
            await Task.Delay(interval * random.NextDouble(), timeProvider, ct);
            while (true)
            {
                if (Volatile.Read(ref _ackPending) == 1)
                {
                    IsZombie = true;
                    await onZombie();
                    return;
                }

                await BeatAsync(ct);
                await Task.Delay(interval, timeProvider, ct);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException or IOException)
        {
            // The connection ended; its owner decides what happens next.
        }
    }

    /// <summary>Sends a beat now (also the answer to a server op 1).</summary>
    public async Task BeatAsync(CancellationToken ct)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new { op = GatewayOpcodes.Heartbeat, d = sequence() });
        Volatile.Write(ref _ackPending, 1);
        Interlocked.Exchange(ref _sentAt, timeProvider.GetTimestamp());
        await send(payload, ct);
    }

    /// <summary>Op 11: clears the pending flag and measures the round trip.</summary>
    public void Acknowledge()
    {
        Volatile.Write(ref _ackPending, 0);
        Interlocked.Exchange(ref _latencyTicks, timeProvider.GetElapsedTime(Interlocked.Read(ref _sentAt)).Ticks);
    }
}
