using System.Net.WebSockets;
using System.Text.Json;

namespace ServerStatus.Presentation.Discord.DiscordApi.Gateway;

/// <summary>Heartbeats for exactly one connection: first beat after interval * r, then every interval, each carrying
/// the last sequence number. A beat still unacknowledged when the next one is due marks the connection a zombie:
/// it is closed with 4900 and aborted. Holds only its own connection, so it can never touch a newer socket.</summary>
internal sealed class GatewayHeartbeater(
    GatewayConnection connection,
    TimeSpan interval,
    Func<int?> sequence,
    IRandomSource random,
    TimeProvider timeProvider,
    TimeSpan closeTimeout)
{
    private long _sentAt;
    private int _ackPending;
    private long _latencyTicks = -1;

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
                    await connection.SendCloseAsync(GatewayCloseCodes.Reconnecting, closeTimeout);
                    connection.Abort("zombie connection: no heartbeat ACK");
                    return;
                }

                await BeatAsync(ct);
                await Task.Delay(interval, timeProvider, ct);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
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
        await connection.SendAsync(payload, isHeartbeat: true, ct);
    }

    /// <summary>Op 11: clears the pending flag and measures the round trip.</summary>
    public void Acknowledge()
    {
        Volatile.Write(ref _ackPending, 0);
        Interlocked.Exchange(ref _latencyTicks, timeProvider.GetElapsedTime(Interlocked.Read(ref _sentAt)).Ticks);
    }
}
